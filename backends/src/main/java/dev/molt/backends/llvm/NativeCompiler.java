package dev.molt.backends.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.molt.backends.runtime.RuntimeSources;
import dev.molt.backends.toolchain.BundledClang;
import dev.molt.backends.toolchain.ClangJob;
import dev.molt.backends.toolchain.OutputKind;
import dev.molt.backends.toolchain.SourceFile;
import dev.molt.backends.toolchain.ToolchainException;
import dev.molt.compiler.ir.IrModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMErrorRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMPassBuilderOptionsRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTargetRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The backend's driver: IR → LLVM module, runtime bitcode linked in and internalized (so LLVM inlines
 * across it and drops what is unused), optimized per profile, written as LLVM IR, an object, or an
 * executable linked by the bundled clang.
 */
public final class NativeCompiler {
    private static final Object TARGETS = new Object();
    private static boolean targetsReady;

    private final BundledClang clang;

    public NativeCompiler(BundledClang clang) {
        this.clang = clang;
    }

    public void compile(IrModule ir, Profile profile, OutputFormat format, Path output) {
        initializeTargets();
        byte[] runtime = read(clang.build(RuntimeSources.bitcode()));
        LLVMContextRef context = LLVMContextCreate();
        try {
            LLVMModuleRef module = build(ir, context, runtime);
            LLVMTargetMachineRef machine = targetMachine(module, profile);
            try {
                optimize(module, machine, profile);
                write(module, machine, format, output);
            } finally {
                LLVMDisposeTargetMachine(machine);
                LLVMDisposeModule(module);
            }
        } finally {
            LLVMContextDispose(context);
        }
    }

    private static LLVMModuleRef build(IrModule ir, LLVMContextRef context, byte[] runtime) {
        LLVMModuleRef runtimeModule = parseBitcode(context, runtime);
        LLVMModuleRef module = LLVMModuleCreateWithNameInContext(ir.file(), context);
        LLVMSetTarget(module, LLVMGetTarget(runtimeModule));
        LLVMSetDataLayout(module, LLVMGetDataLayoutStr(runtimeModule));
        ModuleEmitter.emit(ir, context, module);
        verify(module, "generated module");
        if (LLVMLinkModules2(module, runtimeModule) != 0) {
            throw new IllegalStateException("linking the runtime bitcode failed");
        }
        internalize(module);
        return module;
    }

    private static LLVMModuleRef parseBitcode(LLVMContextRef context, byte[] bitcode) {
        BytePointer data = new BytePointer(bitcode.length);
        data.put(bitcode);
        LLVMMemoryBufferRef buffer = LLVMCreateMemoryBufferWithMemoryRangeCopy(data, bitcode.length,
                new BytePointer("runtime.bc"));
        LLVMModuleRef module = new LLVMModuleRef();
        if (LLVMParseBitcodeInContext2(context, buffer, module) != 0) {
            throw new IllegalStateException("cannot parse the runtime bitcode");
        }
        LLVMDisposeMemoryBuffer(buffer);
        return module;
    }

    /** Only main stays visible: everything else may be inlined, specialized or dropped. */
    private static void internalize(LLVMModuleRef module) {
        for (LLVMValueRef f = LLVMGetFirstFunction(module); f != null && !f.isNull(); f = LLVMGetNextFunction(f)) {
            String name = LLVMGetValueName(f).getString();
            if (LLVMIsDeclaration(f) == 0 && !name.equals("main")) {
                LLVMSetLinkage(f, LLVMInternalLinkage);
            }
        }
        for (LLVMValueRef g = LLVMGetFirstGlobal(module); g != null && !g.isNull(); g = LLVMGetNextGlobal(g)) {
            String name = LLVMGetValueName(g).getString();
            if (LLVMIsDeclaration(g) == 0 && !name.startsWith("llvm.")) {
                LLVMSetLinkage(g, LLVMInternalLinkage);
            }
        }
    }

    private static void verify(LLVMModuleRef module, String what) {
        BytePointer error = new BytePointer();
        if (LLVMVerifyModule(module, LLVMReturnStatusAction, error) != 0) {
            String message = error.getString();
            LLVMDisposeMessage(error);
            throw new IllegalStateException("LLVM rejected the " + what + ": " + message);
        }
        LLVMDisposeMessage(error);
    }

    private static LLVMTargetMachineRef targetMachine(LLVMModuleRef module, Profile profile) {
        BytePointer triple = LLVMGetTarget(module);
        LLVMTargetRef target = new LLVMTargetRef();
        BytePointer error = new BytePointer();
        if (LLVMGetTargetFromTriple(triple, target, error) != 0) {
            String message = error.getString();
            LLVMDisposeMessage(error);
            throw new IllegalStateException("no LLVM target for " + triple.getString() + ": " + message);
        }
        return LLVMCreateTargetMachine(target, triple, new BytePointer("x86-64"), new BytePointer(""),
                profile.codeGenLevel(), LLVMRelocPIC, LLVMCodeModelDefault);
    }

    private static void optimize(LLVMModuleRef module, LLVMTargetMachineRef machine, Profile profile) {
        LLVMPassBuilderOptionsRef options = LLVMCreatePassBuilderOptions();
        try {
            LLVMErrorRef error = LLVMRunPasses(module, profile.pipeline(), machine, options);
            if (error != null && !error.isNull()) {
                BytePointer message = LLVMGetErrorMessage(error);
                String text = message.getString();
                LLVMDisposeErrorMessage(message);
                throw new IllegalStateException("LLVM optimization failed: " + text);
            }
        } finally {
            LLVMDisposePassBuilderOptions(options);
        }
    }

    private void write(LLVMModuleRef module, LLVMTargetMachineRef machine, OutputFormat format, Path output) {
        try {
            Path parent = output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            switch (format) {
                case LLVM_IR -> {
                    BytePointer text = LLVMPrintModuleToString(module);
                    Files.writeString(output, text.getString());
                    LLVMDisposeMessage(text);
                }
                case OBJ -> emitObject(module, machine, output);
                case EXE -> {
                    Path object = Files.createTempFile(parent, ".molt", ".o");
                    try {
                        emitObject(module, machine, object);
                        Path exe = clang.build(new ClangJob(OutputKind.EXECUTABLE,
                                List.of(SourceFile.of("program.o", object)), List.of("-lm")));
                        Path temp = Files.createTempFile(parent, ".molt", ".exe");
                        Files.copy(exe, temp, StandardCopyOption.REPLACE_EXISTING);
                        temp.toFile().setExecutable(true);
                        Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        Files.deleteIfExists(object);
                    }
                }
            }
        } catch (IOException e) {
            throw new ToolchainException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    private static void emitObject(LLVMModuleRef module, LLVMTargetMachineRef machine, Path output) {
        BytePointer error = new BytePointer();
        if (LLVMTargetMachineEmitToFile(machine, module, new BytePointer(output.toString()), LLVMObjectFile, error) != 0) {
            String message = error.getString();
            LLVMDisposeMessage(error);
            throw new IllegalStateException("LLVM could not emit an object: " + message);
        }
    }

    private static void initializeTargets() {
        synchronized (TARGETS) {
            if (!targetsReady) {
                LLVMInitializeNativeTarget();
                LLVMInitializeNativeAsmPrinter();
                targetsReady = true;
            }
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ToolchainException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
