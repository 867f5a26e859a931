"""The shapely contestant of `npm run bench` (peers): matches the bench's points against the divisions.

Reads the divisions (GeoJSON) and the points (float64 lon, lat pairs) the bench wrote, builds the
index once (timed on its own), then times matching every point, `rounds` times. Writes the
(point, division) pairs of the last round for the bench to compare, and prints one line of JSON.
Shapely 2: the points' candidates from STRtree.query, then shapely.intersects against the prepared
divisions, each over all the points at once (vectorised). Shapely 1.8 (Debian's python3-shapely)
cannot do this, so the bench reports it as missing rather than time a different method.
"""
import json
import sys
import time

try:
    import numpy as np
    import shapely
    from shapely.geometry import shape
except ImportError as e:  # the bench reports this as "skipped: shapely not installed"
    print(json.dumps({"missing": str(e)}))
    sys.exit(0)


def main(divisions_file, points_file, pairs_file, rounds):
    with open(divisions_file, encoding="utf8") as f:
        features = json.load(f)["features"]
    geoms = [shape(f["geometry"]) for f in features]
    xy = np.fromfile(points_file, dtype=np.float64).reshape(-1, 2)
    version = shapely.__version__
    if int(version.split(".")[0]) < 2:
        # Debian's python3-shapely is 1.8, which has no vectorised queries: not a like-for-like peer.
        print(json.dumps({"missing": f"shapely 2 is needed, found shapely {version} (Debian's python3-shapely is 1.8; pip install 'shapely>=2')"}))
        return
    rates = []
    t0 = time.perf_counter()
    pts = shapely.points(xy)
    polygons = np.asarray(geoms, dtype=object)
    tree = shapely.STRtree(polygons)
    shapely.prepare(polygons)
    build = time.perf_counter() - t0
    for _ in range(rounds):
        t = time.perf_counter()
        # Shapely's quickest way here: candidates by box from the tree, then the prepared divisions
        # tested against them, all vectorised. tree.query(pts, predicate="intersects") prepares each
        # point instead and was some 40 times slower on these points; shapely.contains_xy division by
        # division about half as fast.
        point_of, division_of = tree.query(pts)
        hit = shapely.intersects(polygons[division_of], pts[point_of])
        point_of, division_of = point_of[hit], division_of[hit]
        rates.append(len(xy) / (time.perf_counter() - t))
    np.asarray([point_of, division_of], dtype=np.int32).T.tofile(pairs_file)
    print(json.dumps({"version": version, "buildSeconds": build, "rates": rates}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
