package dev.molt.compiler.passes;

import dev.molt.compiler.ir.IrModule;

/** A midend transformation: a pure function from IR to IR, named so it can be switched off. */
public interface Pass {
    String name();

    IrModule run(IrModule module);
}
