"""Writes the NPY test fixtures in this folder with numpy (run: python3 make_fixtures.py).

The values are simple formulas that NumpyFixturesTest recomputes in Java.
"""
import numpy as np
from numpy.lib import format as npformat


def save(name, array, version=None):
    with open(name, "wb") as f:
        if version is None:
            np.save(f, array)
        else:
            npformat.write_array(f, array, version=version)


save("f4_3x4.npy", (np.arange(12, dtype="<f4") / 4 - 1).reshape(3, 4))
save("f8_5.npy", np.array([0.1, -2.5, 1e300, -0.0, np.inf], dtype="<f8"))
save("i4_2x3x2.npy", (np.arange(12, dtype="<i4") - 6).reshape(2, 3, 2))
save("i8_4.npy", np.array([-(2**62), -1, 0, 2**62], dtype="<i8"))
save("b1_2x3.npy", np.array([[True, False, True], [False, False, True]]))
save("f4_scalar.npy", np.array(1.5, dtype="<f4"))
save("i4_0x3.npy", np.zeros((0, 3), dtype="<i4"))
save("v2_f4_2.npy", np.array([1.0, 2.0], dtype="<f4"), version=(2, 0))
save("v3_f4_2.npy", np.array([1.0, 2.0], dtype="<f4"), version=(3, 0))
save("fortran_f8_2x3.npy", np.asfortranarray(np.arange(6, dtype="<f8").reshape(2, 3)))
save("bigendian_f4_3.npy", np.array([1.0, 2.0, 3.0], dtype=">f4"))
