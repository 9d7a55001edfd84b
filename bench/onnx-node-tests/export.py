"""Exports ONNX's own backend node tests of chosen operators for AnyModelTest's closing figure.

Needs python3 with numpy and the onnx package (it generates the node tests from its own
onnx/backend/test/case/node code; the wheel ships that code, not the generated data):

    python3 export.py OUT_DIR

Writes OUT_DIR/<test>/model.onnx, in<i>.npy and expected<o>.npy for the first data set of every
node test of the operators below, and OUT_DIR/<test>/skipped.txt instead when a tensor is of a
type NPY cannot hold (strings, bfloat16, float8, 4-bit) or the test has no data set.
"""
import os
import sys
import warnings

import numpy as np
import onnx
import onnx.backend.test.case.node as node
from onnx import numpy_helper

OPERATORS = {"Gemm", "MatMul", "Add", "Sub", "Mul", "Div", "Relu", "LeakyRelu", "Elu", "Sigmoid", "Tanh",
             "Softmax", "Exp", "Log", "Concat", "Slice", "Reshape", "Flatten", "Squeeze", "Unsqueeze", "Transpose",
             "Gather", "Identity", "Cast", "Equal", "Not", "Where", "ReduceSum", "ReduceMean", "BatchNormalization",
             "Clip"}
NPY_TYPES = {np.dtype(t) for t in ("<f2", "<f4", "<f8", "i1", "<i2", "<i4", "<i8", "u1", "<u2", "<u4", "<u8", "?")}


def array(tensor):
    """A data set's tensor as numpy: some tests (Cast's) give TensorProtos, read as onnx reads them."""
    return numpy_helper.to_array(tensor) if isinstance(tensor, onnx.TensorProto) else tensor


warnings.simplefilter("ignore")
out = sys.argv[1]
for case in node.collect_testcases(None):
    ops = {n.op_type for n in case.model.graph.node}
    if not ops & OPERATORS or not ops <= OPERATORS:
        continue
    folder = os.path.join(out, case.name)
    os.makedirs(folder, exist_ok=True)
    if not case.data_sets:
        open(os.path.join(folder, "skipped.txt"), "w").write("no data set\n")
        continue
    inputs, outputs = [[array(t) for t in tensors] for tensors in case.data_sets[0]]
    tensors = inputs + outputs
    bad = [type(t).__name__ if not isinstance(t, (np.ndarray, np.generic)) else str(t.dtype) for t in tensors
           if not isinstance(t, (np.ndarray, np.generic)) or t.dtype not in NPY_TYPES]
    if bad:
        open(os.path.join(folder, "skipped.txt"), "w").write("not NPY: " + ", ".join(bad) + "\n")
        continue
    with open(os.path.join(folder, "model.onnx"), "wb") as f:
        f.write(case.model.SerializeToString())
    for i, a in enumerate(inputs):
        np.save(os.path.join(folder, f"in{i}.npy"), np.asarray(a).copy(order="C"))
    for o, a in enumerate(outputs):
        np.save(os.path.join(folder, f"expected{o}.npy"), np.asarray(a).copy(order="C"))
    with open(os.path.join(folder, "tolerance.txt"), "w") as f:
        f.write(f"{case.rtol} {case.atol}\n")
