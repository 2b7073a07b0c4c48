package dev.molt.compiler.lower;

import dev.molt.compiler.ast.Module;
import dev.molt.compiler.ir.IrModule;
import dev.molt.compiler.semantic.SemanticAnalysis;
import dev.molt.compiler.semantic.SymbolTable;
import dev.molt.compiler.syntax.LargeStack;
import dev.molt.compiler.syntax.Parser;
import dev.molt.compiler.syntax.SourceText;

/** The front end in one call: source bytes → parsed, analysed, lowered IR (before the midend). */
public final class SourceLowering {
    private SourceLowering() {
    }

    /**
     * @throws dev.molt.compiler.syntax.PythonSyntaxError when CPython would reject the source
     * @throws UnsupportedConstruct when it uses something the compiler cannot lower yet
     */
    public static IrModule lower(byte[] source, String filename) {
        SourceText text = SourceText.decode(source);
        Module module = Parser.parse(text, filename);
        SymbolTable table = SemanticAnalysis.analyze(module, text, filename);
        // Lowering recurses once per expression nesting level, as deep as the parser accepts.
        return LargeStack.call(() -> ModuleLowering.lower(module, table, filename));
    }
}
