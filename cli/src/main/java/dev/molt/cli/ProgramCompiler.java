package dev.molt.cli;

import dev.molt.backends.llvm.NativeCompiler;
import dev.molt.backends.llvm.OutputFormat;
import dev.molt.backends.llvm.Profile;
import dev.molt.backends.toolchain.BundledClang;
import dev.molt.compiler.ir.IrModule;
import dev.molt.compiler.lower.SourceLowering;
import dev.molt.compiler.passes.PassManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The whole pipeline for the CLI: front end, midend passes (verified after each), LLVM backend. */
final class ProgramCompiler {
    private final Set<String> disabledPasses;

    ProgramCompiler(List<String> disabledPasses) {
        this.disabledPasses = Set.copyOf(disabledPasses);
    }

    IrModule preMidend(byte[] source, String filename) {
        return SourceLowering.lower(source, filename);
    }

    IrModule postMidend(IrModule lowered) {
        try {
            return new PassManager(PassManager.standardPasses(), disabledPasses, true).run(lowered);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    void build(byte[] source, String filename, Profile profile, OutputFormat format, Path output) {
        IrModule ir = postMidend(preMidend(source, filename));
        new NativeCompiler(new BundledClang(MoltCache.root().resolve("toolchain"))).compile(ir, profile, format, output);
    }
}
