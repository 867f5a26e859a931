import type { BoundaryIndex } from './boundary-index';
import { GeoInputError } from './geo-error';
import {
  BOUNDARY_TOLERANCE_M,
  distanceToSegmentSq,
  rowCrossing,
  segmentsExtent,
  type LocalProjection,
} from './planar.util';

/**
 * The divisions of many points at once. Point i lies in divisions[start[i]] … divisions[start[i + 1] - 1],
 * indexes into the set's divisions in name order: the same divisions `matchGeometry` names for that
 * point on its own (two where the point is on a shared boundary, none outside the council area).
 */
export interface PointMatches {
  readonly start: Int32Array;
  readonly divisions: Int32Array;
}

/**
 * How near a boundary a cell may come and still answer without a test: the boundary tolerance and a
 * millimetre more, so that rounding in placing a point in its cell can never move it across a rule.
 */
const PAD = BOUNDARY_TOLERANCE_M + 0.001;
/** At most this many top-level cells a side: 65,536 cells in all, 256 kB, small enough to stay in cache. */
const ROOT_CELLS_A_SIDE = 256;
/** Cells a boundary passes through are split 4 × 4 until they are at most this wide: a few megabytes for a council of 50 divisions. */
const LEAF_METRES = 20;
/** The smallest cells are at least the boundaries' length over this: a few megabytes at most. */
const LENGTH_OVER_LEAF = 1_000_000;
/** A point this close to a line is too close to tell its side by arithmetic alone: the full test decides. */
const SIDE_EPSILON_M = 1e-6;
/** A cell's answer: no division holds it. */
export const NO_DIVISION = -1;
/** Answers at or below this name a leaf that needs a local test: leaf e is LEAF_BASE - e. */
const LEAF_BASE = -(2 ** 30);

/**
 * Whether the path c→q crosses segment t of `c` (ax, ay, bx, by per segment): 1 when it does, 0 when
 * it plainly does not, -1 when an end of one passes too close to the other to tell.
 */
function crossing(cx: number, cy: number, qx: number, qy: number, c: Float64Array, t: number): 1 | 0 | -1 {
  const o = t * 4;
  const ax = c[o] as number;
  const ay = c[o + 1] as number;
  const bx = c[o + 2] as number;
  const by = c[o + 3] as number;
  const ex = bx - ax;
  const ey = by - ay;
  const ab = Math.sqrt(ex * ex + ey * ey);
  if (ab === 0) return 0;
  const d1 = (ex * (cy - ay) - ey * (cx - ax)) / ab;
  const d2 = (ex * (qy - ay) - ey * (qx - ax)) / ab;
  const e = SIDE_EPSILON_M;
  if ((d1 > e && d2 > e) || (d1 < -e && d2 < -e)) return 0;
  const fx = qx - cx;
  const fy = qy - cy;
  const cq = Math.sqrt(fx * fx + fy * fy);
  if (cq === 0) return -1;
  const d3 = (fx * (ay - cy) - fy * (ax - cx)) / cq;
  const d4 = (fx * (by - cy) - fy * (bx - cx)) / cq;
  if ((d3 > e && d4 > e) || (d3 < -e && d4 < -e)) return 0;
  return Math.abs(d1) > e && Math.abs(d2) > e && Math.abs(d3) > e && Math.abs(d4) > e ? 1 : -1;
}

/** Growable list of 32-bit integers. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** How long building took, and what the index holds. */
export interface PointIndexStats {
  readonly buildMs: number;
  readonly bytes: number;
  readonly topCells: number;
  readonly blocks: number;
  /** Cells near a boundary, where a point gets a test against the few edges that pass through. */
  readonly leaves: number;
  /** The side of the smallest cells, in metres. */
  readonly leafMetres: number;
}

/**
 * Answers "which divisions hold this point" for many points, built once per set of boundaries.
 *
 * A grid of up to 256 × 256 cells covers the divisions. A cell that no boundary comes near holds
 * the one division it lies in (or none), so a point there is answered with one array read. A cell a
 * boundary passes through is split into 4 × 4 smaller cells, and so on down to a few metres; each
 * block of 16 answers is 64 bytes, one cache line. A smallest cell a boundary passes through knows
 * the few edges near it and which polygons hold its centre; a point there counts the edges crossed
 * on the way from the centre, and any edge within the boundary tolerance puts it on that boundary:
 * the same answer as the full test, which is still made in the rare case where the arithmetic is
 * too close to call. Pure: no I/O, and nothing kept outside the object.
 */
export class PointIndex {
  readonly stats: PointIndexStats;
  /** Planar origin of the grid, and the side of the smallest cells, in metres. */
  private readonly x0: number;
  private readonly y0: number;
  private readonly leaf: number;
  private readonly inv: number;
  /** Smallest cells across and down. */
  private readonly width: number;
  private readonly height: number;
  private readonly rootShift: number;
  private readonly rootCols: number;
  /** Per top-level cell: a division, NO_DIVISION, a block (-2 - block) or a leaf (LEAF_BASE - leaf). */
  private readonly root: Int32Array;
  /** 16 answers per block, the same kinds as `root`, row by row. */
  private readonly blocks: Int32Array;
  /** Per leaf: its level (the shift from the smallest cells), its edges, the polygons holding its centre. */
  private readonly leafShift: Uint8Array;
  private readonly leafStart: Int32Array;
  private readonly leafItems: Int32Array;
  private readonly leafHolder: Int32Array;
  private readonly holderStart: Int32Array;
  private readonly holderPolygons: Int32Array;
  private readonly segmentPolygon: Int32Array;
  /** Each division's place in name order. */
  readonly rank: Int32Array;
  /** Reused by the local test, all zero between calls. */
  private readonly odd: Uint8Array;
  private readonly touched: Int32Array;
  private readonly seen: Uint8Array;
  private readonly found: Int32Array;

  constructor(
    private readonly index: BoundaryIndex,
    names: readonly string[],
  ) {
    const started = performance.now();
    const coords = index.coords;
    const polygonCount = index.polygonDivision.length;
    this.segmentPolygon = Int32Array.from(index.segmentRing, (r) => index.ringPolygon[r] as number);
    const order = names
      .map((_, i) => i)
      .sort((a, b) => (names[a] as string).localeCompare(names[b] as string));
    this.rank = new Int32Array(names.length);
    order.forEach((d, r) => (this.rank[d] = r));
    this.odd = new Uint8Array(polygonCount);
    this.touched = new Int32Array(polygonCount);
    this.seen = new Uint8Array(names.length);
    this.found = new Int32Array(names.length);

    const [minX, minY, maxX, maxY] = segmentsExtent(coords);
    const span = Math.max(maxX - minX, maxY - minY) + 4 * PAD;
    const rootCell0 = span / ROOT_CELLS_A_SIDE;
    // Cells down to LEAF_METRES, unless the boundaries are so long that the cells along them would
    // take tens of megabytes (5,000 small divisions, say).
    let length = 0;
    for (let o = 0; o < coords.length; o += 4) {
      length += Math.hypot(
        (coords[o + 2] as number) - (coords[o] as number),
        (coords[o + 3] as number) - (coords[o + 1] as number),
      );
    }
    const log4 = (v: number) => Math.log(v) / Math.log(4);
    const wanted = Math.ceil(log4(rootCell0 / LEAF_METRES));
    const allowed = Math.floor(log4(rootCell0 / (length / LENGTH_OVER_LEAF)));
    const levels = Math.max(0, Math.min(8, wanted, allowed));
    this.rootShift = 2 * levels;
    this.leaf = rootCell0 / 4 ** levels;
    this.inv = 1 / this.leaf;
    this.x0 = minX - 2 * PAD;
    this.y0 = minY - 2 * PAD;
    this.rootCols = Math.max(1, Math.ceil((maxX - minX + 4 * PAD) / rootCell0));
    const rootRows = Math.max(1, Math.ceil((maxY - minY + 4 * PAD) / rootCell0));
    this.width = this.rootCols << this.rootShift;
    this.height = rootRows << this.rootShift;

    const builder = new Builder(this, index, this.segmentPolygon, rootRows);
    this.root = builder.root;
    this.blocks = builder.blocks.done();
    this.leafShift = Uint8Array.from(builder.leafShift.done());
    this.leafStart = builder.leafStart.done();
    this.leafItems = builder.leafItems.done();
    this.leafHolder = builder.leafHolder.done();
    this.holderStart = Int32Array.from(builder.holderStart);
    this.holderPolygons = Int32Array.from(builder.holderPolygons);
    const arrays = [
      this.root,
      this.blocks,
      this.leafShift,
      this.leafStart,
      this.leafItems,
      this.leafHolder,
      this.holderStart,
      this.holderPolygons,
      this.segmentPolygon,
      this.rank,
      this.odd,
      this.touched,
      this.seen,
      this.found,
    ];
    this.stats = {
      buildMs: performance.now() - started,
      bytes: arrays.reduce((sum, a) => sum + a.byteLength, 0),
      topCells: this.root.length,
      blocks: this.blocks.length / 16,
      leaves: this.leafShift.length,
      leafMetres: this.leaf,
    };
  }

  /** The planar position of the centre of cell (i, j) of the level `shift` above the smallest cells. */
  centreX(i: number, shift: number): number {
    return this.x0 + ((i << shift) + (1 << shift) / 2) * this.leaf;
  }

  centreY(j: number, shift: number): number {
    return this.y0 + ((j << shift) + (1 << shift) / 2) * this.leaf;
  }

  /** Geometry of the grid for the builder. */
  get grid() {
    return {
      x0: this.x0,
      y0: this.y0,
      leaf: this.leaf,
      rootShift: this.rootShift,
      rootCols: this.rootCols,
    };
  }

  /** True when planar (x, y) is answered by its cell alone, with no test against any edge. */
  answersAlone(x: number, y: number): boolean {
    const fx = (x - this.x0) * this.inv;
    const fy = (y - this.y0) * this.inv;
    if (!(fx >= 0 && fy >= 0 && fx < this.width && fy < this.height)) return true;
    const X = fx | 0;
    const Y = fy | 0;
    let s = this.rootShift;
    let v = this.root[(Y >>> s) * this.rootCols + (X >>> s)] as number;
    while (v < NO_DIVISION && v > LEAF_BASE) {
      s -= 2;
      v = this.blocks[((-2 - v) << 4) | (((Y >>> s) & 3) << 2) | ((X >>> s) & 3)] as number;
    }
    return v > LEAF_BASE;
  }

  /**
   * Matches a batch of WGS84 points, [lon, lat, lon, lat, …], projected as `proj` does: the hot
   * loop of matchPoints. Each point reads its cell's answer; the few in a cell a boundary passes
   * through get the local test, their divisions in name order. Refuses a point that is not a WGS84
   * position.
   */
  matchAll(lonLat: Float64Array, proj: LocalProjection): PointMatches {
    const { x0, y0, inv, width, height, rootShift, rootCols, root, blocks, rank } = this;
    const { lon0, lat0, kx, ky } = proj;
    const n = lonLat.length >> 1;
    const start = new Int32Array(n + 1);
    let divisions = new Int32Array(n + 16);
    const found = this.found;
    let used = 0;
    for (let i = 0; i < n; i++) {
      const lon = lonLat[2 * i] as number;
      const lat = lonLat[2 * i + 1] as number;
      // The same arithmetic as projectX and projectY, so the full test would see the same position.
      const x = (lon - lon0) * kx;
      const y = (lat - lat0) * ky;
      const fx = (x - x0) * inv;
      const fy = (y - y0) * inv;
      if (!(fx >= 0 && fy >= 0 && fx < width && fy < height)) {
        // Off the grid no division holds the point; it may not be a position at all (NaN fails every comparison).
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
          throw new GeoInputError(
            `point ${i + 1} is not a WGS84 [longitude, latitude] position (longitude from -180 to 180, latitude from -90 to 90)`,
          );
        }
        start[i + 1] = used;
        continue;
      }
      const X = fx | 0;
      const Y = fy | 0;
      let s = rootShift;
      let v = root[(Y >>> s) * rootCols + (X >>> s)] as number;
      while (v < NO_DIVISION && v > LEAF_BASE) {
        s -= 2;
        v = blocks[((-2 - v) << 4) | (((Y >>> s) & 3) << 2) | ((X >>> s) & 3)] as number;
      }
      if (v > LEAF_BASE) {
        if (v !== NO_DIVISION) divisions[used++] = v;
        start[i + 1] = used;
        continue;
      }
      const count = this.divisionsAt(v, x, y, found, 0);
      // Room for this point's divisions and one for each point still to come.
      if (used + count + (n - i) > divisions.length) {
        const grown = new Int32Array(divisions.length * 2 + count);
        grown.set(divisions);
        divisions = grown;
      }
      // In name order, as matchGeometry gives them: an insertion sort of the two or three found.
      for (let a = 0; a < count; a++) {
        const d = found[a] as number;
        let b = used + a;
        while (b > used && (rank[divisions[b - 1] as number] as number) > (rank[d] as number)) {
          divisions[b] = divisions[b - 1] as number;
          b--;
        }
        divisions[b] = d;
      }
      used += count;
      start[i + 1] = used;
    }
    return { start, divisions: divisions.slice(0, used) };
  }

  /**
   * The divisions that hold planar (x, y) or whose boundary comes within the tolerance of it, given
   * the leaf its cell answer named, written to `out` from `at` in no order; returns how many. The
   * answers of the full test that matchGeometry makes for a point.
   */
  divisionsAt(answer: number, x: number, y: number, out: Int32Array, at: number): number {
    const local = this.localTest(LEAF_BASE - answer, x, y, out, at);
    return local >= 0 ? local : this.fullTest(x, y, out, at);
  }

  /** The local test of leaf e, or -1 when an edge passes too close to its path to call. */
  private localTest(e: number, x: number, y: number, out: Int32Array, at: number): number {
    const tol = BOUNDARY_TOLERANCE_M;
    const { odd, touched, seen, leafItems, segmentPolygon } = this;
    const polygonDivision = this.index.polygonDivision;
    const c = this.index.coords;
    const shift = this.leafShift[e] as number;
    // The cell as matchAll found it: the same arithmetic, so the same cell.
    const cx = this.centreX(((x - this.x0) * this.inv) >>> shift, shift);
    const cy = this.centreY(((y - this.y0) * this.inv) >>> shift, shift);
    const from = this.leafStart[e] as number;
    const to = this.leafStart[e + 1] as number;
    let n = 0;
    // On a boundary: within the tolerance of any edge near the cell.
    for (let p = from; p < to; p++) {
      const t = leafItems[p] as number;
      const d = polygonDivision[segmentPolygon[t] as number] as number;
      if (seen[d] === 1) continue;
      if (Math.sqrt(distanceToSegmentSq(c, t, x, y)) <= tol) {
        seen[d] = 1;
        out[at + n++] = d;
      }
    }
    // Inside: the polygons holding the centre, changed by each edge crossed on the way to the point.
    // Bit 0 is the parity, bit 1 says the polygon is listed in `touched`.
    let count = 0;
    const h = this.leafHolder[e] as number;
    for (let q = this.holderStart[h] as number; q < (this.holderStart[h + 1] as number); q++) {
      const p = this.holderPolygons[q] as number;
      touched[count++] = p;
      odd[p] = 3;
    }
    let unsure = false;
    for (let q = from; q < to && !unsure; q++) {
      const t = leafItems[q] as number;
      const p = segmentPolygon[t] as number;
      const r = crossing(cx, cy, x, y, c, t);
      if (r === 0) continue;
      // A division already on the boundary is named whichever side the point is.
      if (r === -1) {
        unsure = seen[polygonDivision[p] as number] !== 1;
        continue;
      }
      const v = odd[p] as number;
      if (v === 0) touched[count++] = p;
      odd[p] = (v ^ 1) | 2;
    }
    for (let q = 0; q < count; q++) {
      const p = touched[q] as number;
      const d = polygonDivision[p] as number;
      if (!unsure && ((odd[p] as number) & 1) === 1 && seen[d] === 0) {
        seen[d] = 1;
        out[at + n++] = d;
      }
      odd[p] = 0;
    }
    for (let q = 0; q < n; q++) seen[out[at + q] as number] = 0;
    return unsure ? -1 : n;
  }

  /** The full test matchGeometry makes for a point. */
  private fullTest(x: number, y: number, out: Int32Array, at: number): number {
    const tol = BOUNDARY_TOLERANCE_M;
    const candidates = this.index.divisionIndex.search(x - tol, y - tol, x + tol, y + tol);
    let n = 0;
    if (candidates.length === 0) return 0;
    this.index.locate(x, y, tol, candidates).forEach((where, k) => {
      if (where >= 0) out[at + n++] = candidates[k] as number;
    });
    return n;
  }
}

/** Builds a PointIndex's tables, top down, each cell handing its children the edges near them. */
class Builder {
  readonly root: Int32Array;
  readonly blocks = new IntList();
  readonly leafShift = new IntList();
  readonly leafStart = new IntList();
  readonly leafItems = new IntList();
  readonly leafHolder = new IntList();
  readonly holderStart: number[] = [0];
  readonly holderPolygons: number[] = [];
  private readonly holderOf = new Map<string, number>();
  /** Per holder: NO_DIVISION, its one division, or -2 when polygons of several divisions hold it. */
  private readonly holderAnswer: number[] = [];
  private readonly x0: number;
  private readonly y0: number;
  private readonly leaf: number;
  private readonly odd: Uint8Array;
  private readonly polygonFirst: Int32Array;
  /** Per polygon: the holder of it alone, once interned. */
  private readonly single: Int32Array;

  constructor(
    private readonly target: PointIndex,
    private readonly index: BoundaryIndex,
    private readonly segmentPolygon: Int32Array,
    rootRows: number,
  ) {
    const { x0, y0, leaf, rootShift, rootCols } = target.grid;
    this.x0 = x0;
    this.y0 = y0;
    this.leaf = leaf;
    this.odd = new Uint8Array(index.polygonDivision.length);
    this.single = new Int32Array(index.polygonDivision.length).fill(-1);
    this.polygonFirst = new Int32Array(index.planar.length + 1).fill(-1);
    index.polygonDivision.forEach((d, p) => {
      if ((this.polygonFirst[d] as number) < 0) this.polygonFirst[d] = p;
    });
    this.leafStart.push(0);
    this.holder([]);
    const coords = index.coords;
    const n = coords.length / 4;
    const rootCell = leaf * 2 ** rootShift;
    // The edges near each top-level cell, in two passes: count, then place.
    const cells = rootCols * rootRows;
    const start = new Int32Array(cells + 1);
    for (let s = 0; s < n; s++) {
      this.cellsNear(
        s,
        0,
        0,
        rootCols,
        rootRows,
        rootCell,
        (k) => (start[k + 1] = (start[k + 1] as number) + 1),
      );
    }
    for (let k = 0; k < cells; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
    const fill = start.slice(0, cells);
    const items = new Int32Array(start[cells] as number);
    for (let s = 0; s < n; s++) {
      this.cellsNear(s, 0, 0, rootCols, rootRows, rootCell, (k) => {
        const at = fill[k] as number;
        items[at] = s;
        fill[k] = at + 1;
      });
    }
    this.root = new Int32Array(cells);
    // Which polygons hold each top-level cell's centre: a sweep along each row from the left, where
    // nothing is held, counting the edges crossed (each in the cell where it crosses the row's line).
    const crossings: { x: number; p: number }[] = [];
    const held = new Set<number>();
    for (let j = 0; j < rootRows; j++) {
      const y = target.centreY(j, rootShift);
      crossings.length = 0;
      for (let i = 0; i < rootCols; i++) {
        const k = j * rootCols + i;
        for (let q = start[k] as number; q < (start[k + 1] as number); q++) {
          const t = items[q] as number;
          const x = rowCrossing(coords, t, y);
          if (Number.isNaN(x)) continue;
          const col = Math.min(rootCols - 1, Math.max(0, Math.floor((x - x0) / rootCell)));
          if (col === i) crossings.push({ x, p: segmentPolygon[t] as number });
        }
      }
      crossings.sort((a, b) => a.x - b.x);
      held.clear();
      let next = 0;
      for (let i = 0; i < rootCols; i++) {
        const cx = target.centreX(i, rootShift);
        while (next < crossings.length && (crossings[next] as { x: number }).x < cx) {
          const p = (crossings[next] as { p: number }).p;
          if (held.has(p)) held.delete(p);
          else held.add(p);
          next++;
        }
        const k = j * rootCols + i;
        const h = this.holder([...held]);
        const list = items.subarray(start[k], start[k + 1]);
        this.root[k] = this.answer(i, j, rootShift, list, h);
      }
    }
  }

  /** Interns a set of polygons holding a point; returns its number. */
  private holder(polygons: number[]): number {
    // Nearly every point is held by no polygon or by one.
    if (polygons.length === 0 && this.holderAnswer.length > 0) return 0;
    const one = polygons.length === 1 ? (polygons[0] as number) : -1;
    if (one >= 0 && (this.single[one] as number) >= 0) return this.single[one] as number;
    polygons.sort((a, b) => a - b);
    const key = polygons.join(',');
    let h = this.holderOf.get(key);
    if (h === undefined) {
      h = this.holderStart.length - 1;
      this.holderPolygons.push(...polygons);
      this.holderStart.push(this.holderPolygons.length);
      this.holderOf.set(key, h);
      const divisions = new Set(polygons.map((p) => this.index.polygonDivision[p] as number));
      this.holderAnswer.push(
        divisions.size === 0 ? NO_DIVISION : divisions.size === 1 ? ([...divisions][0] as number) : -2,
      );
      if (one >= 0) this.single[one] = h;
    }
    return h;
  }

  /** The answer for cell (i, j) of level `shift`, whose centre polygons `h` hold, with edges `list` near it. */
  private answer(i: number, j: number, shift: number, list: Int32Array, h: number): number {
    const whole = this.holderAnswer[h] as number;
    if (list.length === 0 && whole !== -2) return whole;
    if (list.length === 0 || shift === 0) {
      const e = this.leafShift.length;
      this.leafShift.push(shift);
      for (const t of list) this.leafItems.push(t);
      this.leafStart.push(this.leafItems.length);
      this.leafHolder.push(h);
      return LEAF_BASE - e;
    }
    return this.split(i, j, shift, list, h);
  }

  /** Splits cell (i, j) of level `shift` into 4 × 4 and returns its block, as an answer (-2 - block). */
  private split(i: number, j: number, shift: number, list: Int32Array, h: number): number {
    const target = this.target;
    const block = this.blocks.length / 16;
    for (let k = 0; k < 16; k++) this.blocks.push(0);
    const child = shift - 2;
    const size = this.leaf * 2 ** child;
    const ci0 = i * 4;
    const cj0 = j * 4;
    // Each child's edges, counted then placed.
    const start = new Int32Array(17);
    for (const t of list)
      this.cellsNear(t, ci0, cj0, 4, 4, size, (k) => (start[k + 1] = (start[k + 1] as number) + 1));
    for (let k = 0; k < 16; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
    const fill = start.slice(0, 16);
    const items = new Int32Array(start[16] as number);
    for (const t of list) {
      this.cellsNear(t, ci0, cj0, 4, 4, size, (k) => {
        const at = fill[k] as number;
        items[at] = t;
        fill[k] = at + 1;
      });
    }
    const px = target.centreX(i, shift);
    const py = target.centreY(j, shift);
    const parent = this.polygonsOf(h);
    const c = this.index.coords;
    for (let k = 0; k < 16; k++) {
      const qi = ci0 + (k & 3);
      const qj = cj0 + (k >> 2);
      const qx = target.centreX(qi, child);
      const qy = target.centreY(qj, child);
      // The child's centre: the parent's, changed by each edge crossed between the two centres.
      const odd = this.odd;
      for (const p of parent) odd[p] = 1;
      let unsure = false;
      for (const t of list) {
        const r = crossing(px, py, qx, qy, c, t);
        if (r === -1) unsure = true;
        else if (r === 1) {
          const p = this.segmentPolygon[t] as number;
          odd[p] = (odd[p] as number) ^ 1;
        }
      }
      let polygons: number[] = [];
      // Each polygon once: its mark is cleared as it is listed.
      for (const t of list) {
        const p = this.segmentPolygon[t] as number;
        if (odd[p] === 1) polygons.push(p);
        odd[p] = 0;
      }
      for (const p of parent) {
        if (odd[p] === 1) polygons.push(p);
        odd[p] = 0;
      }
      if (unsure) polygons = this.polygonsHolding(qx, qy);
      const answer = this.answer(
        qi,
        qj,
        child,
        items.subarray(start[k], start[k + 1]),
        this.holder(polygons),
      );
      this.blocks.data[block * 16 + k] = answer;
    }
    return -2 - block;
  }

  private polygonsOf(h: number): number[] {
    const out: number[] = [];
    for (let q = this.holderStart[h] as number; q < (this.holderStart[h + 1] as number); q++) {
      out.push(this.holderPolygons[q] as number);
    }
    return out;
  }

  /** The polygons holding planar (x, y), by a ray to the right across each candidate's rings. */
  private polygonsHolding(x: number, y: number): number[] {
    const out: number[] = [];
    for (const d of this.index.divisionIndex.search(x, y, x, y)) {
      (this.index.planar[d] ?? []).forEach((rings, k) => {
        let crossings = 0;
        for (const { xs, ys } of rings) {
          for (let a = 0, b = xs.length - 1; a < xs.length; b = a++) {
            const xa = xs[a] as number;
            const ya = ys[a] as number;
            const xb = xs[b] as number;
            const yb = ys[b] as number;
            if (ya > y !== yb > y && x < ((xb - xa) * (y - ya)) / (yb - ya) + xa) crossings++;
          }
        }
        if (crossings % 2 === 1) out.push((this.polygonFirst[d] as number) + k);
      });
    }
    return out;
  }

  /**
   * Calls `fn` with each cell, numbered row by row in a grid of cols × rows cells of side `size`
   * whose first cell is (i0, j0) of its level, that comes within PAD of segment s; a few more
   * at most, never fewer. Row by row, so a diagonal edge visits only the cells along it.
   */
  private cellsNear(
    s: number,
    i0: number,
    j0: number,
    cols: number,
    rows: number,
    size: number,
    fn: (cell: number) => void,
  ): void {
    const c = this.index.coords;
    const o = s * 4;
    const ax = c[o] as number;
    const ay = c[o + 1] as number;
    const bx = c[o + 2] as number;
    const by = c[o + 3] as number;
    const gx = this.x0 + i0 * size;
    const gy = this.y0 + j0 * size;
    const yLo = Math.min(ay, by);
    const yHi = Math.max(ay, by);
    const r0 = Math.max(0, Math.floor((yLo - PAD - gy) / size));
    const r1 = Math.min(rows - 1, Math.floor((yHi + PAD - gy) / size));
    const dxdy = ay === by ? 0 : (bx - ax) / (by - ay);
    for (let r = r0; r <= r1; r++) {
      let xa = Math.min(ax, bx);
      let xb = Math.max(ax, bx);
      if (ay !== by) {
        const lo = Math.max(yLo, gy + r * size - PAD);
        const hi = Math.min(yHi, gy + (r + 1) * size + PAD);
        const xlo = ax + (lo - ay) * dxdy;
        const xhi = ax + (hi - ay) * dxdy;
        xa = Math.min(xlo, xhi);
        xb = Math.max(xlo, xhi);
      }
      const q0 = Math.max(0, Math.floor((xa - PAD - gx) / size));
      const q1 = Math.min(cols - 1, Math.floor((xb + PAD - gx) / size));
      for (let q = q0; q <= q1; q++) fn(r * cols + q);
    }
  }
}
