import { useSearchParams } from 'react-router';
import { Button } from './fields';

/** Previous and next page buttons for a list shown `size` at a time. */
export function Pager({
  offset,
  size,
  total,
  onPage,
}: {
  offset: number;
  size: number;
  total: number;
  onPage: (offset: number) => void;
}) {
  return (
    <div className="app-inline-buttons">
      {offset > 0 && (
        <Button secondary onClick={() => onPage(Math.max(0, offset - size))}>
          Previous page
        </Button>
      )}
      {offset + size < total && (
        <Button secondary onClick={() => onPage(offset + size)}>
          Next page
        </Button>
      )}
    </div>
  );
}

/** A list's filters and page, kept in the address so back, forward and links show the same list. */
export function usePagedSearch() {
  const [params, setParams] = useSearchParams();
  const offset = Number(params.get('offset') ?? 0) || 0;
  const page = (o: number) => {
    const next = new URLSearchParams(params);
    next.set('offset', String(o));
    setParams(next);
  };
  return { params, setParams, offset, page, key: params.toString() };
}
