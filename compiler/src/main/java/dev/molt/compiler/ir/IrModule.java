package dev.molt.compiler.ir;

import java.util.List;

/** A compiled source file: its global slots and functions; the first function is the module body. */
public record IrModule(String file, List<String> globals, List<IrFunction> functions) {
    public IrModule {
        globals = List.copyOf(globals);
        functions = List.copyOf(functions);
    }

    public IrFunction body() {
        return functions.get(0);
    }

    public IrModule withFunctions(List<IrFunction> newFunctions) {
        return new IrModule(file, globals, newFunctions);
    }
}
