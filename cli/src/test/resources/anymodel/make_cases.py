"""Writes the reference inputs and numpy's expected outputs of AnyModelTest's operator models.

Run once from this folder (python3 with numpy): python3 make_cases.py
Each case NAME gets NAME.in<i>.npy (one per model input, in order) and NAME.expected<o>.npy
(one per output). The ONNX models themselves are built by the test, node for node as computed here.
"""
import numpy as np

rng = np.random.default_rng(20261206)
EVENTS = 5


def f32(*shape):
    return rng.standard_normal(shape).astype(np.float32)


def save(name, inputs, outputs):
    for i, a in enumerate(inputs):
        np.save(f"{name}.in{i}.npy", np.asarray(a).copy(order="C"))
    for o, a in enumerate(outputs):
        np.save(f"{name}.expected{o}.npy", np.asarray(a).copy(order="C"))


def softmax(x, axis):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


cases = {}
a, b = f32(EVENTS, 4), f32(4, 3)
cases["gemm_b_input"] = ([a, b], [a @ b])
a = f32(EVENTS, 4)
cases["matmul"] = ([a], [a @ np.linspace(-1, 1, 12, dtype=np.float32).reshape(4, 3)])
x, y = f32(EVENTS, 3), f32(EVENTS, 3)
cases["add"] = ([x, y], [x + y])
cases["sub"] = ([x, y], [x - y])
cases["mul"] = ([x, y], [x * y])
d = (np.abs(f32(EVENTS, 3)) + 0.5).astype(np.float32)
cases["div"] = ([x, d], [x / d])
cases["relu"] = ([x], [np.maximum(x, 0)])
cases["leakyrelu"] = ([x], [np.where(x >= 0, x, np.float32(0.1) * x).astype(np.float32)])
cases["elu"] = ([x], [np.where(x > 0, x, np.float32(1.0) * (np.exp(x) - 1)).astype(np.float32)])
cases["sigmoid"] = ([x], [(1 / (1 + np.exp(-x))).astype(np.float32)])
cases["tanh"] = ([x], [np.tanh(x)])
cases["softmax"] = ([x], [softmax(x, -1).astype(np.float32)])
cases["exp"] = ([x], [np.exp(x)])
p = (np.abs(x) + 0.1).astype(np.float32)
cases["log"] = ([p], [np.log(p)])
cases["concat_axis0"] = ([x, y], [np.concatenate([x, y], axis=0)])
w = f32(EVENTS, 6)
cases["slice"] = ([w], [w[:, 1:5:2]])
t = f32(EVENTS, 2, 3)
cases["reshape_shape_input"] = ([t, np.array([-1, 6], dtype=np.int64)], [t.reshape(-1, 6)])
cases["flatten"] = ([t], [t.reshape(EVENTS, 6)])
cases["squeeze"] = ([x], [x.sum(axis=0, keepdims=True).squeeze(0)])
cases["unsqueeze"] = ([x], [x[:, np.newaxis, :]])
cases["transpose"] = ([x], [x.T.copy()])
cases["gather"] = ([w], [w[:, [4, 0, 2]]])
cases["identity"] = ([x], [x.copy()])
cases["cast"] = ([x * 10], [(x * 10).astype(np.int64)])
i1, i2 = rng.integers(0, 3, (EVENTS, 3)), rng.integers(0, 3, (EVENTS, 3))
cases["equal"] = ([i1, i2], [i1 == i2])
bits = rng.integers(0, 2, (EVENTS, 3)).astype(bool)
cases["not"] = ([bits], [~bits])
cases["where"] = ([bits, x, y], [np.where(bits, x, y)])
r = f32(EVENTS, 3, 4)
cases["reducesum_axes"] = ([r, np.array([2], dtype=np.int64)], [r.sum(axis=2)])
cases["reducemean"] = ([r], [r.mean(axis=2, keepdims=True)])
scale, bias = np.array([1.5, -0.5, 2.0], np.float32), np.array([0.1, 0.2, -0.3], np.float32)
mean, var = np.array([0.05, -0.1, 0.2], np.float32), np.array([1.2, 0.8, 0.5], np.float32)
bn = f32(EVENTS, 3, 2)
expected = (scale[:, None] * (bn - mean[:, None]) / np.sqrt(var[:, None] + np.float32(1e-5)) + bias[:, None]).astype(np.float32)
cases["batchnormalization"] = ([bn], [expected])
cases["clip"] = ([x], [np.clip(x, np.float32(-0.5), np.float32(0.5))])
h1, h2 = f32(EVENTS, 4).astype(np.float16), f32(EVENTS, 4).astype(np.float16)
cases["float16_add"] = ([h1, h2], [h1 + h2])
q = rng.integers(-128, 128, (EVENTS, 4)).astype(np.int8)
cases["int8_dequantize"] = ([q], [((q.astype(np.float32) - np.float32(3)) * np.float32(0.05)).astype(np.float32)])
z = (f32(EVENTS, 4) * 4).astype(np.float32)
cases["int8_quantize"] = ([z], [np.clip(np.rint(z / np.float32(0.05)) + 3, -128, 127).astype(np.int8)])
cases["clip_min_above_max"] = ([x], [np.minimum(np.maximum(x, np.float32(0.5)), np.float32(-0.5))])
empty = np.zeros((0, 3), dtype=np.float32)
cases["relu_no_events"] = ([empty], [np.maximum(empty, 0)])
cases["scalar_input"] = ([x, np.array(2.5, dtype=np.float32)], [x * np.float32(2.5)])
# Types the witness computes too: float16 (each node in float32, rounded to float16; the MatMul's
# products and sums in float32 with k ascending), integers in their own width.
w16 = np.linspace(-1, 1, 12, dtype=np.float32).reshape(4, 3).astype(np.float16)
b16 = np.array([0.25, -0.5, 0.125], dtype=np.float16)
h = f32(EVENTS, 4).astype(np.float16)
mm = np.zeros((EVENTS, 3), dtype=np.float32)
for i in range(EVENTS):
    for j in range(3):
        for k in range(4):
            mm[i, j] = np.float32(mm[i, j] + np.float32(np.float32(h[i, k]) * np.float32(w16[k, j])))
cases["float16_mlp"] = ([h], [np.maximum(mm.astype(np.float16) + b16, np.float16(0))])
q8 = rng.integers(-128, 128, (EVENTS, 4)).astype(np.int8)
cases["int8_clip"] = ([q8], [np.clip(q8, np.int8(-100), np.int8(100))])
u1, u2 = rng.integers(0, 256, (EVENTS, 2)).astype(np.uint8), rng.integers(0, 256, (EVENTS, 3)).astype(np.uint8)
cases["uint8_concat"] = ([u1, u2], [np.concatenate([u1, u2], axis=1)])
s16 = rng.integers(-32768, 32768, (EVENTS, 3)).astype(np.int16)
cases["int16_cast_float16"] = ([s16], [s16.astype(np.float16)])

for name, (inputs, outputs) in cases.items():
    save(name, inputs, outputs)
