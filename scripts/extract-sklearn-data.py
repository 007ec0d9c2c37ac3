#!/usr/bin/env python3
"""Writes the bundled data sets (scenes/data/*.csv) from the copies in Debian's python3-sklearn.

The package keeps them with headers of its own: the first line holds the number of rows, the
number of features and the class names; the class is the last column, as a number. This script
names every column, writes each class by name (or as the original data set numbers it) and copies
the numbers exactly as they are written there. Run it from the repository's top folder:

    python3 scripts/extract-sklearn-data.py /usr/lib/python3/dist-packages/sklearn/datasets/data
"""
import csv
import gzip
import sys
from pathlib import Path

IRIS = ["sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"]
WINE = [
    "alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium", "total_phenols",
    "flavanoids", "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue",
    "od280_od315_of_diluted_wines", "proline",
]
MEASURES = [
    "radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity",
    "concave_points", "symmetry", "fractal_dimension",
]
CANCER = (
    ["mean_" + m for m in MEASURES]
    + [m + "_error" for m in MEASURES]
    + ["worst_" + m for m in MEASURES]
)
DIGITS = ["pixel_%d_%d" % (r, c) for r in range(8) for c in range(8)]


def rows(lines, header_line):
    reader = csv.reader(lines)
    if header_line:
        next(reader)
    return [row for row in reader if row]


def write(name, features, label, data, classes):
    out = Path("scenes/data") / name
    with out.open("w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(features + [label])
        for row in data:
            if len(row) != len(features) + 1:
                raise SystemExit(f"{name}: a row of {len(row)} values")
            writer.writerow(row[:-1] + [classes[int(row[-1])]])
    print(out, len(data), "rows")


def main(folder):
    folder = Path(folder)
    with (folder / "iris.csv").open() as f:
        write("iris.csv", IRIS, "species", rows(f, True), ["setosa", "versicolor", "virginica"])
    with (folder / "wine_data.csv").open() as f:
        write("wine.csv", WINE, "class", rows(f, True), ["1", "2", "3"])
    with (folder / "breast_cancer.csv").open() as f:
        write("breast-cancer.csv", CANCER, "class", rows(f, True), ["malignant", "benign"])
    with gzip.open(folder / "digits.csv.gz", "rt") as f:
        write("digits.csv", DIGITS, "digit", rows(f, False), [str(d) for d in range(10)])


if __name__ == "__main__":
    main(sys.argv[1])
