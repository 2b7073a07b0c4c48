package dev.molt.backends.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.molt.compiler.ir.BasicBlock;
import dev.molt.compiler.ir.Insn;
import dev.molt.compiler.ir.IrFunction;
import dev.molt.compiler.ir.Terminator;
import dev.molt.compiler.ir.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Emits one IR function's body. Locals live in stack slots (null = unbound) that LLVM's mem2reg turns
 * into registers; every fallible instruction is followed by a test that branches to the error exit,
 * which returns NULL with the exception pending.
 */
final class FunctionEmitter {
    private final ModuleEmitter module;
    private final IrFunction function;
    private final LLVMValueRef llvmFunction;
    private final LlvmTypes types;
    private final LLVMBuilderRef builder;
    private final LLVMBuilderRef allocas;
    private final Map<Integer, LLVMBasicBlockRef> blocks = new HashMap<>();
    private final Map<String, LLVMValueRef> slots = new HashMap<>();
    private final Map<Value, LLVMValueRef> values = new HashMap<>();
    private LLVMBasicBlockRef errorExit;

    FunctionEmitter(ModuleEmitter module, IrFunction function, LLVMValueRef llvmFunction) {
        this.module = module;
        this.function = function;
        this.llvmFunction = llvmFunction;
        this.types = module.types();
        this.builder = LLVMCreateBuilderInContext(module.context());
        this.allocas = LLVMCreateBuilderInContext(module.context());
    }

    void emit() {
        LLVMBasicBlockRef prologue = LLVMAppendBasicBlockInContext(module.context(), llvmFunction, "prologue");
        LLVMPositionBuilderAtEnd(allocas, prologue);
        for (BasicBlock b : function.blocks()) {
            blocks.put(b.id(), LLVMAppendBasicBlockInContext(module.context(), llvmFunction, b.label()));
        }
        errorExit = LLVMAppendBasicBlockInContext(module.context(), llvmFunction, "error");
        for (String local : function.locals()) {
            LLVMValueRef slot = LLVMBuildAlloca(allocas, types.obj(), local);
            LLVMBuildStore(allocas, LLVMConstPointerNull(types.obj()), slot);
            slots.put(local, slot);
        }
        for (int i = 0; i < function.parameters().size(); i++) {
            module.runtime().call(allocas, "molt_op_store", slots.get(function.parameters().get(i)),
                    LLVMGetParam(llvmFunction, i));
        }
        for (BasicBlock b : function.blocks()) {
            LLVMPositionBuilderAtEnd(builder, blocks.get(b.id()));
            for (Insn insn : b.insns()) {
                insn(insn);
            }
            terminator(b.terminator());
        }
        LLVMPositionBuilderAtEnd(builder, errorExit);
        leave();
        LLVMBuildRet(builder, LLVMConstPointerNull(types.obj()));
        finishPrologue();
        LLVMDisposeBuilder(builder);
        LLVMDisposeBuilder(allocas);
    }

    /** The recursion guard runs after the slots are set up, then control enters the IR's entry block. */
    private void finishPrologue() {
        LLVMBasicBlockRef entry = blocks.get(function.entry().id());
        if (function.moduleBody()) {
            LLVMBuildBr(allocas, entry);
            return;
        }
        LLVMValueRef depth = module.runtime().call(allocas, "molt_call_enter");
        LLVMValueRef failed = LLVMBuildICmp(allocas, LLVMIntSLT, depth, LLVMConstInt(types.i32(), 0, 1), "");
        LLVMBasicBlockRef tooDeep = LLVMAppendBasicBlockInContext(module.context(), llvmFunction, "too_deep");
        LLVMBuildCondBr(allocas, failed, tooDeep, entry);
        LLVMPositionBuilderAtEnd(allocas, tooDeep);
        LLVMBuildRet(allocas, LLVMConstPointerNull(types.obj()));
    }

    /** Leaving a function releases its variables (the module body's live as long as the program). */
    private void leave() {
        if (!function.moduleBody()) {
            for (String local : function.locals()) {
                module.runtime().call(builder, "molt_op_xdecref", LLVMBuildLoad2(builder, types.obj(), slots.get(local), ""));
            }
            module.runtime().call(builder, "molt_call_leave");
        }
    }

    private void insn(Insn insn) {
        LLVMValueRef result;
        RuntimeFunctions rt = module.runtime();
        if (insn instanceof Insn.ConstInt c) {
            result = constInt(c.value());
        } else if (insn instanceof Insn.ConstFloat c) {
            result = rt.call(builder, "molt_const_float", module.constantSlot(), LLVMConstReal(types.f64(), c.value()));
        } else if (insn instanceof Insn.ConstStr c) {
            byte[] utf8 = c.value().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            result = rt.call(builder, "molt_const_str", module.constantSlot(), module.bytes(utf8), i64(utf8.length));
        } else if (insn instanceof Insn.ConstSingleton c) {
            result = rt.call(builder, switch (c.value()) {
                case NONE -> "molt_const_none";
                case TRUE -> "molt_const_true";
                case FALSE -> "molt_const_false";
            });
        } else if (insn instanceof Insn.Op o) {
            result = rt.call(builder, o.op().function(), operands(o.operands()));
            if (o.result().type() == dev.molt.compiler.ir.Type.BOOL) {
                checkTruth(result);
                result = LLVMBuildICmp(builder, LLVMIntNE, result, LLVMConstInt(types.i32(), 0, 0), "");
                values.put(o.result(), result);
                return;
            }
        } else if (insn instanceof Insn.Print p) {
            result = rt.call(builder, "molt_builtin_print", argumentArray(p.operands()), i64(p.operands().size()));
        } else if (insn instanceof Insn.Call c) {
            result = module.callFunction(builder, c.function(), operands(c.operands()));
        } else if (insn instanceof Insn.LoadLocal l) {
            result = loadChecked(slots.get(l.name()), "molt_raise_unbound_local", l.name());
        } else if (insn instanceof Insn.LoadGlobal l) {
            result = loadChecked(module.global(l.name()), "molt_raise_name_error", l.name());
        } else if (insn instanceof Insn.StoreLocal s) {
            rt.call(builder, "molt_op_store", slots.get(s.name()), values.get(s.value()));
            return;
        } else if (insn instanceof Insn.StoreGlobal s) {
            rt.call(builder, "molt_op_store", module.global(s.name()), values.get(s.value()));
            return;
        } else if (insn instanceof Insn.Decref d) {
            rt.call(builder, "molt_op_decref", values.get(d.value()));
            return;
        } else {
            throw new IllegalStateException("no code for " + insn);
        }
        if (insn.fallible()) {
            checkNull(result);
        }
        values.put(insn.result(), result);
    }

    private LLVMValueRef constInt(BigInteger value) {
        if (value.bitLength() < 64) {
            return module.runtime().call(builder, "molt_const_int", module.constantSlot(),
                    LLVMConstInt(types.i64(), value.longValue(), 1));
        }
        byte[] digits = value.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return module.runtime().call(builder, "molt_const_bigint", module.constantSlot(), module.bytes(digits),
                i64(digits.length));
    }

    private LLVMValueRef loadChecked(LLVMValueRef slot, String raise, String name) {
        LLVMValueRef value = LLVMBuildLoad2(builder, types.obj(), slot, name);
        LLVMValueRef unbound = LLVMBuildICmp(builder, LLVMIntEQ, value, LLVMConstPointerNull(types.obj()), "");
        LLVMBasicBlockRef raiseBlock = LLVMAppendBasicBlockInContext(module.context(), llvmFunction, "unbound");
        LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(module.context(), llvmFunction, "bound");
        LLVMBuildCondBr(builder, unbound, raiseBlock, next);
        LLVMPositionBuilderAtEnd(builder, raiseBlock);
        module.runtime().call(builder, raise, module.bytes((name + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        LLVMBuildBr(builder, errorExit);
        LLVMPositionBuilderAtEnd(builder, next);
        module.runtime().call(builder, "molt_op_incref", value);
        return value;
    }

    private void checkNull(LLVMValueRef result) {
        branchToError(LLVMBuildICmp(builder, LLVMIntEQ, result, LLVMConstPointerNull(types.obj()), ""));
    }

    private void checkTruth(LLVMValueRef result) {
        branchToError(LLVMBuildICmp(builder, LLVMIntSLT, result, LLVMConstInt(types.i32(), 0, 1), ""));
    }

    private void branchToError(LLVMValueRef failed) {
        LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(module.context(), llvmFunction, "ok");
        LLVMBuildCondBr(builder, failed, errorExit, next);
        LLVMPositionBuilderAtEnd(builder, next);
    }

    /** print's arguments go through a stack array allocated once in the prologue. */
    private LLVMValueRef argumentArray(List<Value> args) {
        LLVMValueRef array = LLVMBuildAlloca(allocas, LLVMArrayType2(types.obj(), Math.max(1, args.size())), "args");
        for (int i = 0; i < args.size(); i++) {
            LLVMValueRef[] index = {i64(0), i64(i)};
            LLVMValueRef element = LLVMBuildGEP2(builder, LLVMArrayType2(types.obj(), Math.max(1, args.size())), array,
                    new PointerPointer<>(index), 2, "");
            LLVMBuildStore(builder, values.get(args.get(i)), element);
        }
        return array;
    }

    private void terminator(Terminator t) {
        if (t instanceof Terminator.Jump j) {
            LLVMBuildBr(builder, blocks.get(j.target()));
        } else if (t instanceof Terminator.Branch b) {
            LLVMBuildCondBr(builder, values.get(b.condition()), blocks.get(b.ifTrue()), blocks.get(b.ifFalse()));
        } else {
            LLVMValueRef value = values.get(((Terminator.Return) t).value());
            leave();
            LLVMBuildRet(builder, value);
        }
    }

    private LLVMValueRef[] operands(List<Value> operands) {
        List<LLVMValueRef> out = new ArrayList<>();
        operands.forEach(v -> out.add(values.get(v)));
        return out.toArray(new LLVMValueRef[0]);
    }

    private LLVMValueRef i64(long v) {
        return LLVMConstInt(types.i64(), v, 1);
    }
}
