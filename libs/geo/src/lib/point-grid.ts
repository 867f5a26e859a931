import type { BoundaryIndex } from './boundary-index';
import { EdgeGrid } from './edge-grid';

/**
 * Cells a side of the grid that answers point lookups. Its answers take four bytes a cell (4 MB for
 * a million); finer cells leave fewer points near a boundary, where the exact test is needed.
 */
const POINT_CELLS_A_SIDE = 2048;
/** A cell's answer: no division holds it. */
export const NO_DIVISION = -1;
/** A cell's answer: a boundary comes near it (or divisions overlap there), so test each point exactly. */
export const TEST_EXACTLY = -2;

/**
 * A fine uniform grid over the divisions in which each cell that no boundary comes near holds the one
 * division it lies in (or none). A point there is answered with one array read and no geometry test;
 * only points in cells a boundary passes through need the exact test.
 */
export class PointGrid {
  readonly x0: number;
  readonly y0: number;
  readonly cell: number;
  readonly cols: number;
  readonly rows: number;
  /** Per cell: the division holding it, NO_DIVISION or TEST_EXACTLY. */
  readonly answers: Int32Array;
  /** The same segments in these cells, so that the exact test casts its ray only to the next free cell. */
  readonly edges: EdgeGrid;

  constructor(index: BoundaryIndex) {
    const coarse = index.grid;
    const span = Math.max(coarse.cols, coarse.rows) * coarse.cell;
    const segmentPolygon = Int32Array.from(index.segmentRing, (ring) => index.ringPolygon[ring] as number);
    const fine = new EdgeGrid(
      index.coords,
      segmentPolygon,
      index.polygonDivision,
      coarse.pad,
      span / POINT_CELLS_A_SIDE,
    );
    this.x0 = fine.x0;
    this.y0 = fine.y0;
    this.cell = fine.cell;
    this.cols = fine.cols;
    this.rows = fine.rows;
    const answers = new Int32Array(fine.cols * fine.rows);
    for (let k = 0; k < answers.length; k++) {
      const held = fine.holdersOf(k);
      answers[k] = !held
        ? TEST_EXACTLY
        : held.divisions.length === 0
          ? NO_DIVISION
          : held.divisions.length === 1
            ? (held.divisions[0] as number)
            : TEST_EXACTLY;
    }
    this.answers = answers;
    this.edges = fine;
  }

  /** The division that alone holds planar (x, y), NO_DIVISION, or TEST_EXACTLY. */
  at(x: number, y: number): number {
    const i = Math.floor((x - this.x0) / this.cell);
    const j = Math.floor((y - this.y0) / this.cell);
    // Outside the grid no boundary is near and no division holds the point.
    if (i < 0 || j < 0 || i >= this.cols || j >= this.rows) return NO_DIVISION;
    return this.answers[j * this.cols + i] as number;
  }
}
