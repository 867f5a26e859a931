import { rowCrossing, segmentsExtent } from './planar.util';
/** At most this many cells a side (a million in all), whatever the extent: a few megabytes. */
const MAX_CELLS_A_SIDE = 1024;
/** Aim for about this many boundary segments per cell that has any. */
const SEGMENTS_PER_CELL = 4;

function toggle(odd: Set<number>, p: number): void {
  if (odd.has(p)) odd.delete(p);
  else odd.add(p);
}

/** The polygons (numbered across the whole set) that hold a cell, and their divisions. */
export interface CellHolders {
  readonly polygons: readonly number[];
  readonly divisions: readonly number[];
}

/**
 * Boundary segments bucketed in a grid of square cells, in planar coordinates (metres, or degrees). A query along a segment
 * visits only the cells the segment passes through: a bounding-box query for a long diagonal
 * segment would return most of the council's boundary. Each cell that no boundary comes within
 * `pad` of knows which polygons hold it, so a point there is located without casting a ray.
 */
export class EdgeGrid {
  readonly x0: number;
  readonly y0: number;
  readonly cell: number;
  readonly cols: number;
  readonly rows: number;
  /** Segments of cell k are items[start[k]] … items[start[k + 1] - 1]. */
  private readonly start: Int32Array;
  private readonly items: Int32Array;
  /** The divisions whose boundary is bucketed in cell k: divisionItems[divisionStart[k]] … */
  private readonly divisionStart: Int32Array;
  private readonly divisionItems: Int32Array;
  /** Per cell: an index into `holders` when no boundary is near the cell, else -1. */
  private readonly cellHolders: Int32Array;
  private readonly holders: CellHolders[] = [];

  /**
   * `coords` holds ax, ay, bx, by per segment; `segmentPolygon` and `polygonDivision` say whose
   * boundary each is. Each segment is bucketed in every cell that comes within `pad` of it.
   * `cellSize` overrides the size worked out from the segments, for a finer grid.
   */
  constructor(
    private readonly coords: Float64Array,
    private readonly segmentPolygon: Int32Array,
    private readonly polygonDivision: Int32Array,
    readonly pad: number,
    cellSize?: number,
  ) {
    const n = coords.length / 4;
    const [minX, minY, maxX, maxY] = segmentsExtent(coords);
    const width = maxX - minX + 2 * pad;
    const height = maxY - minY + 2 * pad;
    // At most MAX_CELLS_A_SIDE cells a side, in whatever unit the coordinates are.
    const span = Math.max(width, height) || 1;
    const area = Math.max(width * height, (span / MAX_CELLS_A_SIDE) ** 2);
    // Edges go in every cell they pass through: cells no smaller than a few times the mean edge
    // keep that to a few cells an edge, however the edges are drawn.
    let length = 0;
    for (let o = 0; o < coords.length; o += 4) {
      length += Math.hypot(
        (coords[o + 2] as number) - (coords[o] as number),
        (coords[o + 3] as number) - (coords[o + 1] as number),
      );
    }
    const cell =
      cellSize ??
      Math.max(
        Math.sqrt(area / Math.max(1, n / SEGMENTS_PER_CELL)),
        span / MAX_CELLS_A_SIDE,
        length / Math.max(1, n) / 4,
      );
    this.cell = cell;
    this.x0 = minX - pad;
    this.y0 = minY - pad;
    this.cols = Math.max(1, Math.ceil(width / cell));
    this.rows = Math.max(1, Math.ceil(height / cell));
    const cells = this.cols * this.rows;

    // Two passes: count each cell's segments, then place them.
    const start = new Int32Array(cells + 1);
    this.forEachCellOf(n, (_, k) => (start[k + 1] = (start[k + 1] as number) + 1));
    for (let k = 0; k < cells; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
    const fill = start.slice(0, cells);
    const items = new Int32Array(start[cells] as number);
    this.forEachCellOf(n, (s, k) => {
      const at = fill[k] as number;
      items[at] = s;
      fill[k] = at + 1;
    });
    this.start = start;
    this.items = items;
    const divisionStart = new Int32Array(cells + 1);
    const divisionItems: number[] = [];
    const seen = new Set<number>();
    for (let k = 0; k < cells; k++) {
      seen.clear();
      for (let p = start[k] as number; p < (start[k + 1] as number); p++) {
        const d = polygonDivision[segmentPolygon[items[p] as number] as number] as number;
        if (!seen.has(d)) divisionItems.push(d);
        seen.add(d);
      }
      divisionStart[k + 1] = divisionItems.length;
    }
    this.divisionStart = divisionStart;
    this.divisionItems = Int32Array.from(divisionItems);
    this.cellHolders = new Int32Array(cells).fill(-1);
    this.classifyEmptyCells();
  }

  private forEachCellOf(n: number, fn: (segment: number, cell: number) => void): void {
    const c = this.coords;
    for (let s = 0; s < n; s++) {
      const o = s * 4;
      const [ax, ay, bx, by] = [c[o] as number, c[o + 1] as number, c[o + 2] as number, c[o + 3] as number];
      this.visitAlong(ax, ay, bx, by, this.pad, (k) => fn(s, k));
    }
  }

  /** The column holding x, clamped to the grid. */
  col(x: number): number {
    const i = Math.floor((x - this.x0) / this.cell);
    return i < 0 ? 0 : i >= this.cols ? this.cols - 1 : i;
  }

  row(y: number): number {
    const j = Math.floor((y - this.y0) / this.cell);
    return j < 0 ? 0 : j >= this.rows ? this.rows - 1 : j;
  }

  /** The cell holding (x, y), clamped to the grid. */
  cellOf(x: number, y: number): number {
    return this.row(y) * this.cols + this.col(x);
  }

  /** True when (x, y) lies inside the grid; outside it no boundary is within `pad`. */
  covers(x: number, y: number): boolean {
    return (
      x >= this.x0 &&
      y >= this.y0 &&
      x < this.x0 + this.cols * this.cell &&
      y < this.y0 + this.rows * this.cell
    );
  }

  /** The segments bucketed in cell k. */
  segmentsIn(k: number, fn: (segment: number) => void): void {
    const end = this.start[k + 1] as number;
    for (let p = this.start[k] as number; p < end; p++) fn(this.items[p] as number);
  }

  /** Who holds cell k when no boundary comes near it, else undefined. */
  holdersOf(k: number): CellHolders | undefined {
    const h = this.cellHolders[k] as number;
    return h < 0 ? undefined : this.holders[h];
  }

  /** True when `done` holds for every division whose boundary is bucketed in cell k. */
  everyDivisionIn(k: number, done: (division: number) => boolean): boolean {
    const end = this.divisionStart[k + 1] as number;
    for (let p = this.divisionStart[k] as number; p < end; p++)
      if (!done(this.divisionItems[p] as number)) return false;
    return true;
  }

  /**
   * Calls `fn` for every cell that segment a→b passes through and that holds any boundary. Edges
   * are bucketed in every cell within `pad` of them, so between them these cells hold every edge that
   * comes within `pad` of a→b. Work grows with the length of a→b, not with its bounding box.
   */
  cellsAlong(ax: number, ay: number, bx: number, by: number, fn: (cell: number) => void): void {
    this.visitAlong(ax, ay, bx, by, 0, (k) => {
      if ((this.start[k + 1] as number) > (this.start[k] as number)) fn(k);
    });
  }

  /** Every cell that comes within `pad` of segment a→b, row by row: a diagonal visits few. */
  private visitAlong(
    ax: number,
    ay: number,
    bx: number,
    by: number,
    pad: number,
    fn: (cell: number) => void,
  ) {
    const cell = this.cell;
    const yLo = Math.min(ay, by);
    const yHi = Math.max(ay, by);
    const j0 = Math.max(0, Math.floor((yLo - pad - this.y0) / cell));
    const j1 = Math.min(this.rows - 1, Math.floor((yHi + pad - this.y0) / cell));
    const dxdy = ay === by ? 0 : (bx - ax) / (by - ay);
    for (let j = j0; j <= j1; j++) {
      // The part of a→b whose y lies in this row (grown by `pad`) bounds the columns to visit.
      let xa = Math.min(ax, bx);
      let xb = Math.max(ax, bx);
      if (ay !== by) {
        const lo = Math.max(yLo, this.y0 + j * cell - pad);
        const hi = Math.min(yHi, this.y0 + (j + 1) * cell + pad);
        const xlo = ax + (lo - ay) * dxdy;
        const xhi = ax + (hi - ay) * dxdy;
        xa = Math.min(xlo, xhi);
        xb = Math.max(xlo, xhi);
      }
      const i0 = Math.max(0, Math.floor((xa - pad - this.x0) / cell));
      const i1 = Math.min(this.cols - 1, Math.floor((xb + pad - this.x0) / cell));
      for (let i = i0; i <= i1; i++) fn(j * this.cols + i);
    }
  }

  /**
   * Crossings of the ray from (x, y) to the right, as the polygons crossed an odd number of times,
   * with the same half-open test on each edge as `locatePoint`. The ray stops at the first cell to the right that no
   * boundary comes near, whose holders stand for the rest of it; past the grid nothing is held.
   */
  oddPolygonsRightOf(x: number, y: number): Set<number> {
    const j = this.row(y);
    const first = this.col(x);
    const odd = new Set<number>();
    for (let i = first; i < this.cols; i++) {
      const k = j * this.cols + i;
      const held = this.holdersOf(k);
      if (held && i > first) {
        for (const p of held.polygons) toggle(odd, p);
        break;
      }
      this.crossingsIn(j, i, y, (cross, p) => {
        if (x < cross) toggle(odd, p);
      });
    }
    return odd;
  }

  /**
   * The edges in cell (i, j) that cross the horizontal line at y, with the same half-open test as
   * `locatePoint`, each passed with where it crosses and its polygon. An edge is in every cell near
   * it; only the cell that holds the crossing passes it, so each crossing counts once.
   */
  private crossingsIn(j: number, i: number, y: number, fn: (x: number, polygon: number) => void): void {
    const c = this.coords;
    this.segmentsIn(j * this.cols + i, (t) => {
      const x = rowCrossing(c, t, y);
      if (!Number.isNaN(x) && this.col(x) === i) fn(x, this.segmentPolygon[t] as number);
    });
  }

  /** Works out, row by row along each row's centre line, which polygons hold each empty cell. */
  private classifyEmptyCells(): void {
    const interned = new Map<string, number>();
    const crossings: { x: number; p: number }[] = [];
    for (let j = 0; j < this.rows; j++) {
      const y = this.y0 + (j + 0.5) * this.cell;
      crossings.length = 0;
      for (let i = 0; i < this.cols; i++) {
        this.crossingsIn(j, i, y, (x, p) => crossings.push({ x, p }));
      }
      crossings.sort((a, b) => b.x - a.x);
      // Sweep from the right: a cell's centre is held by the polygons crossed an odd number of times to its right.
      const odd = new Set<number>();
      let next = 0;
      for (let i = this.cols - 1; i >= 0; i--) {
        const cx = this.x0 + (i + 0.5) * this.cell;
        while (next < crossings.length && (crossings[next] as { x: number }).x > cx) {
          toggle(odd, (crossings[next] as { p: number }).p);
          next++;
        }
        const k = j * this.cols + i;
        if ((this.start[k + 1] as number) > (this.start[k] as number)) continue;
        const polygons = [...odd].sort((a, b) => a - b);
        const key = polygons.join(',');
        let h = interned.get(key);
        if (h === undefined) {
          h = this.holders.length;
          const divisions = [...new Set(polygons.map((p) => this.polygonDivision[p] as number))];
          this.holders.push({ polygons, divisions });
          interned.set(key, h);
        }
        this.cellHolders[k] = h;
      }
    }
  }
}
