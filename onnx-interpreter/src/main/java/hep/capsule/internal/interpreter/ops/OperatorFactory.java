package hep.capsule.internal.interpreter.ops;

import hep.capsule.internal.interpreter.model.Attributes;

/** Makes an operator from a node's attributes, checking them before anything runs. */
@FunctionalInterface
public interface OperatorFactory {
    Operator create(Attributes attributes);
}
