package dev.molt.backends.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.molt.compiler.ir.IrFunction;
import dev.molt.compiler.ir.IrModule;
import java.util.HashMap;
import java.util.Map;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * IR module → LLVM module: a global slot per Python global, an internal function per IR function
 * ({@code molt_fn_<name>}, the body is {@code molt_module_body}), and {@code main} calling the runtime's
 * {@code molt_main} with the body.
 */
final class ModuleEmitter {
    private record Function(LLVMTypeRef type, LLVMValueRef value) {
    }

    private final LLVMContextRef context;
    private final LLVMModuleRef module;
    private final LlvmTypes types;
    private final RuntimeFunctions runtime;
    private final Map<String, LLVMValueRef> globals = new HashMap<>();
    private final Map<String, Function> functions = new HashMap<>();
    private int constants;

    private ModuleEmitter(LLVMContextRef context, LLVMModuleRef module) {
        this.context = context;
        this.module = module;
        this.types = LlvmTypes.of(context);
        this.runtime = new RuntimeFunctions(module, types);
    }

    /** Emits {@code ir} into {@code module} (whose target triple and data layout are already set). */
    static void emit(IrModule ir, LLVMContextRef context, LLVMModuleRef module) {
        new ModuleEmitter(context, module).emit(ir);
    }

    private void emit(IrModule ir) {
        for (String name : ir.globals()) {
            LLVMValueRef g = LLVMAddGlobal(module, types.obj(), "molt_g_" + name);
            LLVMSetInitializer(g, LLVMConstPointerNull(types.obj()));
            LLVMSetLinkage(g, LLVMInternalLinkage);
            globals.put(name, g);
        }
        for (IrFunction f : ir.functions()) {
            LLVMTypeRef[] params = new LLVMTypeRef[f.parameters().size()];
            java.util.Arrays.fill(params, types.obj());
            LLVMTypeRef type = LLVMFunctionType(types.obj(), new PointerPointer<>(params), params.length, 0);
            LLVMValueRef value = LLVMAddFunction(module, symbol(f), type);
            LLVMSetLinkage(value, LLVMInternalLinkage);
            functions.put(f.name(), new Function(type, value));
        }
        for (IrFunction f : ir.functions()) {
            new FunctionEmitter(this, f, functions.get(f.name()).value()).emit();
        }
        emitMain(functions.get(ir.body().name()).value());
    }

    private void emitMain(LLVMValueRef body) {
        LLVMTypeRef[] params = {types.i32(), types.obj()};
        LLVMTypeRef type = LLVMFunctionType(types.i32(), new PointerPointer<>(params), 2, 0);
        LLVMValueRef main = LLVMAddFunction(module, "main", type);
        LLVMBuilderRef b = LLVMCreateBuilderInContext(context);
        LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(context, main, "entry"));
        LLVMBuildRet(b, runtime.call(b, "molt_main", body, LLVMGetParam(main, 0), LLVMGetParam(main, 1)));
        LLVMDisposeBuilder(b);
    }

    private static String symbol(IrFunction f) {
        return f.moduleBody() ? "molt_module_body" : "molt_fn_" + f.name();
    }

    LLVMValueRef callFunction(LLVMBuilderRef builder, String name, LLVMValueRef[] args) {
        Function f = functions.get(name);
        return LLVMBuildCall2(builder, f.type(), f.value(), new PointerPointer<>(args), args.length, "");
    }

    /** A private constant byte array (string literal bytes, big int digits, C names). */
    LLVMValueRef bytes(byte[] data) {
        BytePointer pointer = new BytePointer(data.length);
        pointer.put(data);
        LLVMValueRef init = LLVMConstStringInContext(context, pointer, data.length, 1);
        LLVMValueRef g = LLVMAddGlobal(module, LLVMArrayType2(types.i8(), data.length), "molt_const_" + constants++);
        LLVMSetInitializer(g, init);
        LLVMSetGlobalConstant(g, 1);
        LLVMSetLinkage(g, LLVMPrivateLinkage);
        LLVMSetUnnamedAddr(g, 1);
        return g;
    }

    /** A slot holding a literal's object once it is first made (see molt_const_* in ops.c). */
    LLVMValueRef constantSlot() {
        LLVMValueRef g = LLVMAddGlobal(module, types.obj(), "molt_k_" + constants++);
        LLVMSetInitializer(g, LLVMConstPointerNull(types.obj()));
        LLVMSetLinkage(g, LLVMInternalLinkage);
        return g;
    }

    LLVMValueRef global(String name) {
        return globals.get(name);
    }

    LLVMContextRef context() {
        return context;
    }

    LlvmTypes types() {
        return types;
    }

    RuntimeFunctions runtime() {
        return runtime;
    }
}
