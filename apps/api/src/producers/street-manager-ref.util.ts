/**
 * The works (or activity) reference a Street Manager message is about, to list it by before it is
 * processed: `object_data.work_reference_number`, else `object_reference`. Null when the message is
 * not JSON or names neither; processing decides what that means.
 */
export function streetManagerRef(message: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const m = parsed as { object_data?: { work_reference_number?: unknown }; object_reference?: unknown };
  const ref = m.object_data?.work_reference_number ?? m.object_reference;
  return typeof ref === 'string' && ref.trim() ? ref.trim().slice(0, 100) : null;
}
