"""Writes the inputs and numpy's expected outputs of ElementTypesTest (module onnx-interpreter).

Run once from this folder (python3 with numpy): python3 make_expected.py
Each case NAME gets NAME.in<i>.npy (one per model input, in order) and NAME.expected0.npy. The
test builds each ONNX model itself, one node per case as named below, and compares the witness's
output with the expected one bit for bit.

- float16 cases: numpy computes a float16 ufunc in float32 and rounds the result to float16, the
  witness's float16 rule; the MatMul case adds the products in float32 with k ascending from 0,
  each product and sum rounded to float32, then rounds to float16, as the witness's rule says.
- integer cases: numpy's integer arithmetic wraps around the type as ONNX's does; ONNX's Div
  truncates toward zero, so its expected values are computed with Python integers and wrapped.
"""
import warnings

import numpy as np

warnings.simplefilter("ignore")
rng = np.random.default_rng(20261206)


def save(name, inputs, output):
    for i, a in enumerate(inputs):
        np.save(f"{name}.in{i}.npy", np.ascontiguousarray(a))
    np.save(f"{name}.expected0.npy", np.ascontiguousarray(output))


def trunc_div(a, b):
    q = [abs(int(x)) // abs(int(y)) * (1 if (int(x) < 0) == (int(y) < 0) else -1) for x, y in zip(a.ravel(), b.ravel())]
    return np.array(q, dtype=object).astype(np.int64).astype(a.dtype).reshape(a.shape) if a.dtype.kind == "i" \
        else np.array([int(x) // int(y) for x, y in zip(a.ravel(), b.ravel())], dtype=np.uint64).astype(a.dtype).reshape(a.shape)


# float16: ties, subnormals, overflow to infinity, signed zeros, among random values.
special = np.array([65504, 65504, 1.0009765625, 2.0, 6.1e-05, -6.0e-08, 0.0, -0.0, 1e4, -3.0], dtype=np.float16)
other = np.array([32.0, -65504, 0.00048828125, 3.0, 6.1e-05, 6.0e-08, -0.0, -0.0, 1e4, 7.0], dtype=np.float16)
h1 = np.concatenate([special, rng.standard_normal(30).astype(np.float16)]).reshape(5, 8)
h2 = np.concatenate([other, (rng.standard_normal(30) * 3).astype(np.float16)]).reshape(5, 8)
save("float16_add", [h1, h2], h1 + h2)
save("float16_sub", [h1, h2], h1 - h2)
save("float16_mul", [h1, h2], h1 * h2)
save("float16_div", [h1, h2], h1 / h2)

ma = (rng.standard_normal((5, 6)) * 4).astype(np.float16)
mb = (rng.standard_normal((6, 3)) * 4).astype(np.float16)
mm = np.zeros((5, 3), dtype=np.float32)
for i in range(5):
    for j in range(3):
        s = np.float32(0)
        for k in range(6):
            s = np.float32(s + np.float32(np.float32(ma[i, k]) * np.float32(mb[k, j])))
        mm[i, j] = s
save("float16_matmul", [ma, mb], mm.astype(np.float16))

# Integers: the extremes of each type, so that sums, differences and products wrap.
i8a = np.array([127, -128, -128, 100, -100, 7, -7, 0, 50, -1, 1, 127], dtype=np.int8).reshape(3, 4)
i8b = np.array([1, -1, 1, 100, 100, 2, 2, 5, -3, -128, -1, 127], dtype=np.int8).reshape(3, 4)
save("int8_add", [i8a, i8b], i8a + i8b)
save("int8_sub", [i8a, i8b], i8a - i8b)
save("int8_mul", [i8a, i8b], i8a * i8b)
save("int8_div", [i8a, i8b], trunc_div(i8a, i8b))
save("int8_relu", [i8a], np.maximum(i8a, np.int8(0)))

u8a = np.array([255, 0, 200, 128, 1, 17, 250, 3], dtype=np.uint8).reshape(2, 4)
u8b = np.array([1, 1, 100, 2, 255, 4, 7, 200], dtype=np.uint8).reshape(2, 4)
save("uint8_add", [u8a, u8b], u8a + u8b)
save("uint8_sub", [u8a, u8b], u8a - u8b)
save("uint8_mul", [u8a, u8b], u8a * u8b)
save("uint8_div", [u8a, u8b], trunc_div(u8a, u8b))

i16a = np.array([32767, -32768, 300, -300, 12345, -7], dtype=np.int16).reshape(2, 3)
i16b = np.array([2, -1, 300, 300, -3, 2], dtype=np.int16).reshape(2, 3)
save("int16_mul", [i16a, i16b], i16a * i16b)
save("int16_div", [i16a, i16b], trunc_div(i16a, i16b))

u32a = np.array([4294967295, 7, 2147483648, 10], dtype=np.uint32)
u32b = np.array([1, 4294967295, 2147483648, 3], dtype=np.uint32)
save("uint32_add", [u32a, u32b], u32a + u32b)

u64a = np.array([18446744073709551615, 9223372036854775808, 5, 9223372036854775807], dtype=np.uint64)
u64b = np.array([2, 3, 9223372036854775808, 9223372036854775808], dtype=np.uint64)
save("uint64_div", [u64a, u64b], trunc_div(u64a, u64b))
save("uint64_greater", [u64a, u64b], u64a > u64b)

i32 = np.array([[2147483647, 1, 5], [-2147483648, -1, 3]], dtype=np.int32)
save("int32_reducesum", [i32], i32.sum(axis=1, dtype=np.int32))

# Cast, by ONNX's rules: float to int truncates toward zero (values in range), int to int wraps,
# to float16 rounds to nearest even, uint64 to float32 rounds once.
f = np.array([1.9, -1.9, 127.5, -128.9, 0.4, -0.0, 100.0, -3.5], dtype=np.float32)
save("cast_float32_int8", [f], f.astype(np.int8))
i64 = np.array([255, 256, -1, 1000, -129, 9223372036854775807, 77, 0], dtype=np.int64)
save("cast_int64_uint8", [i64], i64.astype(np.uint8))
f16s = np.array([1.00048828125, 1.00146484375, 65519.0, 65520.0, 1e-8, -2.9802322e-08, 3.1415927, 1e30], dtype=np.float32)
save("cast_float32_float16", [f16s], f16s.astype(np.float16))
big = np.array([18446744073709551615, 9223372036854775809, 16777217, 3], dtype=np.uint64)
save("cast_uint64_float32", [big], big.astype(np.float32))
i16 = np.array([2049, 2051, -32768, 4097], dtype=np.int16)
save("cast_int16_float16", [i16], i16.astype(np.float16))

# MatMul in float64 (products and sums rounded, k ascending from 0) and in the integer types
# (wrapping sums of wrapping products).
def matmul(a, b, wrap):
    rows = [[sum((int(a[i, p]) * int(b[p, j]) for p in range(a.shape[1]))) % wrap for j in range(b.shape[1])]
            for i in range(a.shape[0])]
    return np.array(rows, dtype=np.uint64)


ia = rng.integers(-2**31, 2**31, (3, 4)).astype(np.int32)
ib = rng.integers(-2**31, 2**31, (4, 2)).astype(np.int32)
save("int32_matmul", [ia, ib], matmul(ia, ib, 2**32).astype(np.uint32).astype(np.int32))
ua = rng.integers(0, 2**64, (3, 4), dtype=np.uint64)
ub = rng.integers(0, 2**64, (4, 2), dtype=np.uint64)
save("uint64_matmul", [ua, ub], matmul(ua, ub, 2**64))
da, db = rng.standard_normal((3, 4)), rng.standard_normal((4, 2))
dm = np.zeros((3, 2))
for i in range(3):
    for j in range(2):
        s = 0.0
        for p in range(4):
            s += float(da[i, p]) * float(db[p, j])
        dm[i, j] = s
save("float64_matmul", [da, db], dm)
