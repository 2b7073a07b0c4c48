package dev.molt.compiler.ir;

import java.util.List;

/**
 * One function: positional parameters (which start in the local slots of the same names), its local
 * slots, and a CFG whose first block is the entry. The module body is a function too.
 */
public record IrFunction(String name, List<String> parameters, List<String> locals, List<BasicBlock> blocks,
                         boolean moduleBody, SourceSpan span) {
    public IrFunction {
        parameters = List.copyOf(parameters);
        locals = List.copyOf(locals);
        blocks = List.copyOf(blocks);
    }

    public BasicBlock entry() {
        return blocks.get(0);
    }

    public IrFunction withBlocks(List<BasicBlock> newBlocks) {
        return new IrFunction(name, parameters, locals, newBlocks, moduleBody, span);
    }
}
