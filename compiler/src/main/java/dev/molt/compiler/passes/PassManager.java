package dev.molt.compiler.passes;

import dev.molt.compiler.ir.IrModule;
import dev.molt.compiler.ir.IrVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the midend passes in order, skipping the disabled ones by name, optionally verifying the IR after
 * each pass (a violation names the pass that caused it).
 */
public final class PassManager {
    private final List<Pass> passes;
    private final Set<String> disabled;
    private final boolean verifyEach;

    public PassManager(List<Pass> passes, Set<String> disabled, boolean verifyEach) {
        this.passes = List.copyOf(passes);
        this.disabled = Set.copyOf(disabled);
        this.verifyEach = verifyEach;
        List<String> known = names(passes);
        for (String name : disabled) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("no pass named '" + name + "' (passes: " + String.join(", ", known) + ")");
            }
        }
    }

    /** The standard pipeline. */
    public static List<Pass> standardPasses() {
        return List.of(new ConstantFolding(), new DeadBlockElimination(), new ReferenceCounting());
    }

    public static List<String> names(List<Pass> passes) {
        List<String> names = new ArrayList<>();
        passes.forEach(p -> names.add(p.name()));
        return names;
    }

    public IrModule run(IrModule module) {
        IrModule current = module;
        if (verifyEach) {
            IrVerifier.check(current, "lowering");
        }
        for (Pass pass : passes) {
            if (disabled.contains(pass.name())) {
                continue;
            }
            current = pass.run(current);
            if (verifyEach) {
                IrVerifier.check(current, "pass " + pass.name());
            }
        }
        return current;
    }
}
