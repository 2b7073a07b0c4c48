package dev.molt.backends.llvm;

import static org.bytedeco.llvm.global.LLVM.LLVMAddFunction;
import static org.bytedeco.llvm.global.LLVM.LLVMBuildCall2;
import static org.bytedeco.llvm.global.LLVM.LLVMFunctionType;

import java.util.HashMap;
import java.util.Map;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Declarations of the C runtime's entry points in a program module, made on first use; linking the
 * runtime bitcode supplies the definitions. Signatures must match {@code molt.h}/{@code ops.c}.
 */
final class RuntimeFunctions {
    private record Declared(LLVMTypeRef type, LLVMValueRef function) {
    }

    private final LLVMModuleRef module;
    private final LlvmTypes types;
    private final Map<String, Declared> declared = new HashMap<>();

    RuntimeFunctions(LLVMModuleRef module, LlvmTypes types) {
        this.module = module;
        this.types = types;
    }

    LLVMValueRef call(LLVMBuilderRef builder, String name, LLVMValueRef... args) {
        Declared d = declared.computeIfAbsent(name, this::declare);
        return LLVMBuildCall2(builder, d.type(), d.function(), new PointerPointer<>(args), args.length, "");
    }

    private Declared declare(String name) {
        LLVMTypeRef obj = types.obj();
        LLVMTypeRef type = switch (name) {
            case "molt_op_truth" -> fn(types.i32(), obj);
            case "molt_op_neg", "molt_op_pos", "molt_op_invert", "molt_op_not" -> fn(obj, obj);
            case "molt_const_none", "molt_const_true", "molt_const_false" -> fn(obj);
            case "molt_const_int" -> fn(obj, obj, types.i64());
            case "molt_const_float" -> fn(obj, obj, types.f64());
            case "molt_const_bigint", "molt_const_str" -> fn(obj, obj, obj, types.i64());
            case "molt_builtin_print" -> fn(obj, obj, types.i64());
            case "molt_op_incref", "molt_op_decref", "molt_op_xdecref" -> fn(types.voidType(), obj);
            case "molt_op_store" -> fn(types.voidType(), obj, obj);
            case "molt_raise_name_error", "molt_raise_unbound_local" -> fn(obj, obj);
            case "molt_call_enter" -> fn(types.i32());
            case "molt_call_leave" -> fn(types.voidType());
            case "molt_main" -> fn(types.i32(), obj, types.i32(), obj);
            default -> {
                if (!name.startsWith("molt_op_")) {
                    throw new IllegalArgumentException("no runtime function " + name);
                }
                yield fn(obj, obj, obj);
            }
        };
        return new Declared(type, LLVMAddFunction(module, name, type));
    }

    private static LLVMTypeRef fn(LLVMTypeRef result, LLVMTypeRef... params) {
        return LLVMFunctionType(result, new PointerPointer<>(params), params.length, 0);
    }
}
