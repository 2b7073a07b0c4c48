package dev.molt.compiler.semantic;

import dev.molt.compiler.ast.ConstantRepr;
import dev.molt.compiler.ast.ConstantValue;
import dev.molt.compiler.ast.AstScanner;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.Pattern;
import dev.molt.compiler.ast.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SyntaxErrors CPython's compiler raises while compiling one {@code case} pattern
 * ({@code compiler_pattern*}): unreachable patterns, names bound twice or differently by
 * alternatives, and keys or values a pattern cannot match. Visits in CPython's order.
 */
final class PatternChecker extends AstScanner {
    /** CPython emits UNPACK_EX, whose operand holds at most 255 names before the star. */
    private static final int MAX_BEFORE_STAR = 1 << 8;

    private final ErrorLocator errors;
    private List<String> stores = new ArrayList<>();
    private boolean allowIrrefutable;

    private PatternChecker(ErrorLocator errors, boolean allowIrrefutable) {
        this.errors = errors;
        this.allowIrrefutable = allowIrrefutable;
    }

    /** Checks a case's pattern; irrefutable ones are allowed only with a guard or in the last case. */
    static void check(Pattern pattern, boolean allowIrrefutable, ErrorLocator errors) {
        pattern.accept(new PatternChecker(errors, allowIrrefutable));
    }

    static boolean isWildcard(Pattern pattern) {
        return pattern instanceof Pattern.MatchAs as && as.name() == null;
    }

    private void subpattern(Pattern pattern) {
        boolean saved = allowIrrefutable;
        allowIrrefutable = true;
        pattern.accept(this);
        allowIrrefutable = saved;
    }

    private void store(String name, Span where) {
        if (name == null) {
            return;
        }
        if (name.equals("__debug__")) {
            throw errors.at(where, "cannot assign to __debug__");
        }
        if (stores.contains(name)) {
            throw duplicate(name, where);
        }
        stores.add(name);
    }

    private RuntimeException duplicate(String name, Span where) {
        return errors.at(where, "multiple assignments to name " + quoted(name) + " in pattern");
    }

    @Override
    public Void visitMatchValue(Pattern.MatchValue node) {
        if (ConstantFolder.fold(node.value()) == null && !(node.value() instanceof Expr.Attribute)) {
            throw errors.at(node.span(), "patterns may only match literals and attribute lookups");
        }
        return null;
    }

    @Override
    public Void visitMatchSingleton(Pattern.MatchSingleton node) {
        return null;
    }

    @Override
    public Void visitMatchSequence(Pattern.MatchSequence node) {
        List<Pattern> patterns = node.patterns();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < patterns.size(); i++) {
            Pattern pattern = patterns.get(i);
            if (pattern instanceof Pattern.MatchStar starred) {
                if (star >= 0) {
                    throw errors.at(node.span(), "multiple starred names in sequence pattern");
                }
                starWildcard = starred.name() == null;
                onlyWildcard &= starWildcard;
                star = i;
            } else {
                onlyWildcard &= isWildcard(pattern);
            }
        }
        if (onlyWildcard) {
            return null;
        }
        // With a "*_" CPython indexes the subject; otherwise it unpacks it, which limits the length.
        if (!starWildcard && star >= MAX_BEFORE_STAR) {
            throw errors.at(node.span(), "too many expressions in star-unpacking sequence pattern");
        }
        for (Pattern pattern : patterns) {
            subpattern(pattern);
        }
        return null;
    }

    @Override
    public Void visitMatchMapping(Pattern.MatchMapping node) {
        List<Expr> keys = node.keys();
        if (keys.isEmpty() && node.rest() == null) {
            return null;
        }
        Set<Object> seen = new HashSet<>();
        for (Expr key : keys) {
            Object value = key == null ? null : ConstantFolder.fold(key);
            if (value != null) {
                if (!seen.add(ConstantFolder.equalityKey(value))) {
                    throw errors.at(node.span(),
                            "mapping pattern checks duplicate key (" + ConstantFolder.repr(value) + ")");
                }
            } else if (!(key instanceof Expr.Attribute)) {
                throw errors.at(node.span(), "mapping pattern keys may only match literals and attribute lookups");
            }
        }
        for (Pattern pattern : node.patterns()) {
            subpattern(pattern);
        }
        store(node.rest(), node.span());
        return null;
    }

    @Override
    public Void visitMatchClass(Pattern.MatchClass node) {
        List<String> attrs = node.kwdAttrs();
        List<Pattern> kwdPatterns = node.kwdPatterns();
        for (int i = 0; i < attrs.size(); i++) {
            String attr = attrs.get(i);
            // CPython has no node for the attribute name, so it points at the sub-pattern.
            if (attr.equals("__debug__")) {
                throw errors.at(kwdPatterns.get(i).span(), "cannot assign to __debug__");
            }
            for (int j = i + 1; j < attrs.size(); j++) {
                if (attrs.get(j).equals(attr)) {
                    throw errors.at(kwdPatterns.get(j).span(), "attribute name repeated in class pattern: " + attr);
                }
            }
        }
        List<Pattern> all = new ArrayList<>(node.patterns());
        all.addAll(kwdPatterns);
        for (Pattern pattern : all) {
            if (!isWildcard(pattern)) {
                subpattern(pattern);
            }
        }
        return null;
    }

    @Override
    public Void visitMatchStar(Pattern.MatchStar node) {
        store(node.name(), node.span());
        return null;
    }

    @Override
    public Void visitMatchAs(Pattern.MatchAs node) {
        if (node.pattern() == null) {
            if (!allowIrrefutable) {
                throw errors.at(node.span(), node.name() != null
                        ? "name capture " + quoted(node.name()) + " makes remaining patterns unreachable"
                        : "wildcard makes remaining patterns unreachable");
            }
        } else {
            node.pattern().accept(this);
        }
        store(node.name(), node.span());
        return null;
    }

    @Override
    public Void visitMatchOr(Pattern.MatchOr node) {
        List<String> outer = stores;
        boolean outerAllow = allowIrrefutable;
        List<String> control = null;
        List<Pattern> alternatives = node.patterns();
        for (int i = 0; i < alternatives.size(); i++) {
            stores = new ArrayList<>();
            allowIrrefutable = i == alternatives.size() - 1 && outerAllow;
            alternatives.get(i).accept(this);
            if (control == null) {
                control = stores;
            } else if (stores.size() != control.size() || !stores.containsAll(control)) {
                throw errors.at(node.span(), "alternative patterns bind different names");
            }
        }
        stores = outer;
        allowIrrefutable = outerAllow;
        for (String name : control) {
            if (stores.contains(name)) {
                throw duplicate(name, node.span());
            }
            stores.add(name);
        }
        return null;
    }

    /** A name as Python's repr() of the string shows it in the message. */
    private static String quoted(String name) {
        return ConstantRepr.repr(ConstantValue.Str.of(name));
    }
}
