// Small polygons for tests, in WGS84 degrees round a centre. Test code only.

/** The closed ring of a square of half-side `d` degrees. */
export function square(lon: number, lat: number, d: number): number[][] {
  return [
    [lon - d, lat - d],
    [lon + d, lat - d],
    [lon + d, lat + d],
    [lon - d, lat + d],
    [lon - d, lat - d],
  ];
}

/** A ring that crosses itself once, at the centre: two triangles meeting at a point. */
export function bowtie(lon: number, lat: number, d: number): number[][] {
  return [
    [lon - d, lat - d],
    [lon + d, lat + d],
    [lon + d, lat - d],
    [lon - d, lat + d],
    [lon - d, lat - d],
  ];
}
