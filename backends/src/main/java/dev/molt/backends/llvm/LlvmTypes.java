package dev.molt.backends.llvm;

import static org.bytedeco.llvm.global.LLVM.LLVMDoubleTypeInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMInt1TypeInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMInt32TypeInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMInt64TypeInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMInt8TypeInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMPointerTypeInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMVoidTypeInContext;

import dev.molt.compiler.ir.Type;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;

/** The LLVM types of one context; {@code obj} is an opaque pointer to a runtime object. */
record LlvmTypes(LLVMTypeRef obj, LLVMTypeRef i1, LLVMTypeRef i8, LLVMTypeRef i32, LLVMTypeRef i64,
                 LLVMTypeRef f64, LLVMTypeRef voidType) {
    static LlvmTypes of(LLVMContextRef c) {
        return new LlvmTypes(LLVMPointerTypeInContext(c, 0), LLVMInt1TypeInContext(c), LLVMInt8TypeInContext(c),
                LLVMInt32TypeInContext(c), LLVMInt64TypeInContext(c), LLVMDoubleTypeInContext(c),
                LLVMVoidTypeInContext(c));
    }

    LLVMTypeRef of(Type type) {
        return switch (type) {
            case OBJ -> obj;
            case I64 -> i64;
            case F64 -> f64;
            case BOOL -> i1;
        };
    }
}
