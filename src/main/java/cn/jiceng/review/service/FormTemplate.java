package cn.jiceng.review.service;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subset of form-js templating (feelers, with FEEL inside) that the workbench renders in the
 * {@code text} components of a Camunda Form, so the workbench shows what Camunda Tasklist shows:
 * <ul>
 * <li>a text starting with {@code =} is one FEEL expression, its value is the text;</li>
 * <li>otherwise {@code {{ expression }}} inserts a value, {@code {{#if expression}} … {{/if}}}
 * keeps a section when the value is truthy (not null, false, "" or an empty list), and
 * {@code {{#loop expression}} … {{/loop}}} repeats a section per item of a list, where the item is
 * {@code this} (or its properties by name) and the enclosing context {@code parent}.</li>
 * </ul>
 * FEEL here: string and number literals, {@code null}, {@code true}, {@code false}, names and
 * paths ({@code a.b}), {@code +} (strings joined, numbers added; null when a side is null, as in
 * FEEL), {@code -}, {@code = != < <= > >=}, {@code and}, {@code or}, {@code if … then … else …},
 * parentheses and the functions {@code not(x)}, {@code count(list)}, {@code string(x)}. Anything
 * else is refused when the template is parsed ({@link IllegalArgumentException}), so a form that
 * uses more fails its test rather than showing half a text.
 */
public final class FormTemplate {

    private FormTemplate() {
    }

    /** The text with its expressions evaluated against the variables (a name not given is null). */
    public static String render(String template, Map<String, ?> variables) {
        if (template == null || template.isEmpty()) {
            return "";
        }
        Map<String, Object> context = new HashMap<>(variables);
        if (template.startsWith("=")) {
            return text(new Parser(template.substring(1)).whole().eval(context));
        }
        if (!template.contains("{{")) {
            return template;
        }
        StringBuilder out = new StringBuilder();
        for (Node node : sections(template)) {
            node.render(context, out);
        }
        return out.toString();
    }

    /**
     * The variables the template reads from its top-level context (not the names of a loop's
     * items), so a caller can fetch just those; also checks that the template parses.
     */
    public static Set<String> names(String template) {
        Set<String> names = new LinkedHashSet<>();
        if (template == null || template.isEmpty()) {
            return names;
        }
        if (template.startsWith("=")) {
            new Parser(template.substring(1)).whole().names(names, 0);
            return names;
        }
        if (template.contains("{{")) {
            for (Node node : sections(template)) {
                node.names(names, 0);
            }
        }
        return names;
    }

    // ------------------------------------------------------------------ sections

    private interface Node {
        void render(Map<String, Object> context, StringBuilder out);

        void names(Set<String> names, int depth);
    }

    private record Text(String text) implements Node {
        public void render(Map<String, Object> context, StringBuilder out) {
            out.append(text);
        }

        public void names(Set<String> names, int depth) {
        }
    }

    private record Insert(Expr expr) implements Node {
        public void render(Map<String, Object> context, StringBuilder out) {
            out.append(text(expr.eval(context)));
        }

        public void names(Set<String> names, int depth) {
            expr.names(names, depth);
        }
    }

    private record If(Expr condition, List<Node> body) implements Node {
        public void render(Map<String, Object> context, StringBuilder out) {
            if (truthy(condition.eval(context))) {
                body.forEach(n -> n.render(context, out));
            }
        }

        public void names(Set<String> names, int depth) {
            condition.names(names, depth);
            body.forEach(n -> n.names(names, depth));
        }
    }

    private record Loop(Expr items, List<Node> body) implements Node {
        public void render(Map<String, Object> context, StringBuilder out) {
            Object value = items.eval(context);
            if (!(value instanceof Collection<?> list)) {
                return;
            }
            for (Object item : list) {
                Map<String, Object> scope = new HashMap<>();
                if (item instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> scope.put(String.valueOf(k), v));
                }
                scope.put("this", item);
                scope.put("parent", context);
                body.forEach(n -> n.render(scope, out));
            }
        }

        public void names(Set<String> names, int depth) {
            items.names(names, depth);
            body.forEach(n -> n.names(names, depth + 1));
        }
    }

    private static List<Node> sections(String template) {
        List<List<Node>> stack = new ArrayList<>();
        List<String> open = new ArrayList<>();
        List<Expr> heads = new ArrayList<>();
        stack.add(new ArrayList<>());
        int at = 0;
        while (at < template.length()) {
            int start = template.indexOf("{{", at);
            if (start < 0) {
                stack.get(stack.size() - 1).add(new Text(template.substring(at)));
                break;
            }
            int end = template.indexOf("}}", start + 2);
            if (end < 0) {
                throw new IllegalArgumentException("unclosed {{ in template");
            }
            if (start > at) {
                stack.get(stack.size() - 1).add(new Text(template.substring(at, start)));
            }
            String tag = template.substring(start + 2, end).strip();
            if (tag.startsWith("#if ") || tag.startsWith("#loop ")) {
                String kind = tag.substring(1, tag.indexOf(' '));
                open.add(kind);
                heads.add(new Parser(tag.substring(tag.indexOf(' ') + 1)).whole());
                stack.add(new ArrayList<>());
            } else if (tag.equals("/if") || tag.equals("/loop")) {
                if (open.isEmpty() || !open.get(open.size() - 1).equals(tag.substring(1))) {
                    throw new IllegalArgumentException("unmatched {{" + tag + "}} in template");
                }
                String kind = open.remove(open.size() - 1);
                Expr head = heads.remove(heads.size() - 1);
                List<Node> body = List.copyOf(stack.remove(stack.size() - 1));
                stack.get(stack.size() - 1).add("if".equals(kind) ? new If(head, body) : new Loop(head, body));
            } else if (tag.startsWith("#") || tag.startsWith("/")) {
                throw new IllegalArgumentException("unknown section {{" + tag + "}} in template");
            } else {
                stack.get(stack.size() - 1).add(new Insert(new Parser(tag).whole()));
            }
            at = end + 2;
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("unclosed {{#" + open.get(open.size() - 1) + "}} in template");
        }
        return stack.get(0);
    }

    // ------------------------------------------------------------------ values

    /** A value as it is inserted into the text: nothing for null, numbers without trailing zeros. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Date d) {
            return DateTimeFormatter.ISO_INSTANT.format(d.toInstant());
        }
        if (value instanceof Collection<?> c) {
            return String.join(", ", c.stream().map(FormTemplate::text).toList());
        }
        return value.toString();
    }

    static boolean truthy(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return false;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        return true;
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return null;
    }

    private static Boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        if (x != null && y != null) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }

    // ------------------------------------------------------------------ FEEL subset

    private interface Expr {
        Object eval(Map<String, Object> context);

        void names(Set<String> names, int depth);
    }

    private record Literal(Object value) implements Expr {
        public Object eval(Map<String, Object> context) {
            return value;
        }

        public void names(Set<String> names, int depth) {
        }
    }

    /** A name and the properties after it: {@code a.b.c}. */
    private record Path(List<String> parts) implements Expr {
        public Object eval(Map<String, Object> context) {
            Object value = context.get(parts.get(0));
            for (int i = 1; i < parts.size() && value != null; i++) {
                value = value instanceof Map<?, ?> map ? map.get(parts.get(i)) : null;
            }
            return value;
        }

        public void names(Set<String> names, int depth) {
            String first = parts.get(0);
            if (depth == 0 && !"this".equals(first) && !"parent".equals(first)) {
                names.add(first);
            } else if (depth == 1 && "parent".equals(first) && parts.size() > 1) {
                names.add(parts.get(1));
            }
        }
    }

    private record Binary(String op, Expr left, Expr right) implements Expr {
        public Object eval(Map<String, Object> context) {
            Object a = left.eval(context);
            if ("and".equals(op) || "or".equals(op)) {
                Object b = right.eval(context);
                if ("and".equals(op)) {
                    return Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b) ? Boolean.FALSE
                            : Boolean.TRUE.equals(a) && Boolean.TRUE.equals(b) ? Boolean.TRUE : null;
                }
                return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b) ? Boolean.TRUE
                        : Boolean.FALSE.equals(a) && Boolean.FALSE.equals(b) ? Boolean.FALSE : null;
            }
            Object b = right.eval(context);
            switch (op) {
                case "=":
                    return same(a, b);
                case "!=":
                    return !same(a, b);
                default:
                    break;
            }
            if (a == null || b == null) {
                return null;
            }
            if ("+".equals(op) && a instanceof String x && b instanceof String y) {
                return x + y;
            }
            BigDecimal x = number(a);
            BigDecimal y = number(b);
            if (x == null || y == null) {
                if (a instanceof String s && b instanceof String t) {
                    int c = s.compareTo(t);
                    return switch (op) {
                        case "<" -> c < 0;
                        case "<=" -> c <= 0;
                        case ">" -> c > 0;
                        case ">=" -> c >= 0;
                        default -> null;
                    };
                }
                return null;
            }
            return switch (op) {
                case "+" -> x.add(y);
                case "-" -> x.subtract(y);
                case "<" -> x.compareTo(y) < 0;
                case "<=" -> x.compareTo(y) <= 0;
                case ">" -> x.compareTo(y) > 0;
                case ">=" -> x.compareTo(y) >= 0;
                default -> null;
            };
        }

        public void names(Set<String> names, int depth) {
            left.names(names, depth);
            right.names(names, depth);
        }
    }

    private record Conditional(Expr condition, Expr then, Expr otherwise) implements Expr {
        public Object eval(Map<String, Object> context) {
            return Boolean.TRUE.equals(condition.eval(context)) ? then.eval(context) : otherwise.eval(context);
        }

        public void names(Set<String> names, int depth) {
            condition.names(names, depth);
            then.names(names, depth);
            otherwise.names(names, depth);
        }
    }

    private record Call(String function, Expr argument) implements Expr {
        public Object eval(Map<String, Object> context) {
            Object value = argument.eval(context);
            return switch (function) {
                case "not" -> value instanceof Boolean b ? !b : null;
                case "count" -> value instanceof Collection<?> c ? BigDecimal.valueOf(c.size()) : null;
                default -> value == null ? null : text(value);
            };
        }

        public void names(Set<String> names, int depth) {
            argument.names(names, depth);
        }
    }

    /** Recursive descent over the expression's characters. */
    private static final class Parser {

        private static final Set<String> KEYWORDS = Set.of("if", "then", "else", "and", "or", "null", "true", "false");
        private static final Set<String> FUNCTIONS = Set.of("not", "count", "string");

        private final String in;
        private int at;

        Parser(String in) {
            this.in = in;
        }

        Expr whole() {
            Expr e = expression();
            space();
            if (at < in.length()) {
                throw error("unexpected '" + in.substring(at) + "'");
            }
            return e;
        }

        private Expr expression() {
            if (keyword("if")) {
                Expr condition = expression();
                expect("then");
                Expr then = expression();
                expect("else");
                return new Conditional(condition, then, expression());
            }
            Expr left = conjunction();
            while (keyword("or")) {
                left = new Binary("or", left, conjunction());
            }
            return left;
        }

        private Expr conjunction() {
            Expr left = comparison();
            while (keyword("and")) {
                left = new Binary("and", left, comparison());
            }
            return left;
        }

        private Expr comparison() {
            Expr left = additive();
            for (String op : List.of("!=", "<=", ">=", "=", "<", ">")) {
                if (symbol(op)) {
                    return new Binary(op, left, additive());
                }
            }
            return left;
        }

        private Expr additive() {
            Expr left = primary();
            while (true) {
                if (symbol("+")) {
                    left = new Binary("+", left, primary());
                } else if (symbol("-")) {
                    left = new Binary("-", left, primary());
                } else {
                    return left;
                }
            }
        }

        private Expr primary() {
            space();
            if (at >= in.length()) {
                throw error("expression ends too early");
            }
            char c = in.charAt(at);
            if (c == '(') {
                at++;
                Expr e = expression();
                if (!symbol(")")) {
                    throw error("missing )");
                }
                return e;
            }
            if (c == '"') {
                return new Literal(string());
            }
            if (Character.isDigit(c)) {
                int start = at;
                while (at < in.length() && (Character.isDigit(in.charAt(at)) || in.charAt(at) == '.')) {
                    at++;
                }
                return new Literal(new BigDecimal(in.substring(start, at)));
            }
            String name = name();
            if (name == null) {
                throw error("unexpected '" + c + "'");
            }
            switch (name) {
                case "null":
                    return new Literal(null);
                case "true":
                    return new Literal(Boolean.TRUE);
                case "false":
                    return new Literal(Boolean.FALSE);
                default:
                    break;
            }
            if (KEYWORDS.contains(name)) {
                throw error("unexpected '" + name + "'");
            }
            if (symbol("(")) {
                if (!FUNCTIONS.contains(name)) {
                    throw error("function " + name + " is not rendered by the workbench");
                }
                Expr argument = expression();
                if (!symbol(")")) {
                    throw error("missing )");
                }
                return new Call(name, argument);
            }
            List<String> parts = new ArrayList<>(List.of(name));
            while (at < in.length() && in.charAt(at) == '.') {
                at++;
                String part = name();
                if (part == null) {
                    throw error("a name must follow '.'");
                }
                parts.add(part);
            }
            return new Path(List.copyOf(parts));
        }

        private String string() {
            StringBuilder s = new StringBuilder();
            at++;
            while (at < in.length() && in.charAt(at) != '"') {
                char c = in.charAt(at++);
                if (c == '\\' && at < in.length()) {
                    char n = in.charAt(at++);
                    s.append(n == 'n' ? '\n' : n);
                } else {
                    s.append(c);
                }
            }
            if (at >= in.length()) {
                throw error("unclosed string");
            }
            at++;
            return s.toString();
        }

        private String name() {
            space();
            int start = at;
            while (at < in.length() && (Character.isLetterOrDigit(in.charAt(at)) || in.charAt(at) == '_')
                    && (at > start || !Character.isDigit(in.charAt(at)))) {
                at++;
            }
            return at == start ? null : in.substring(start, at);
        }

        private boolean keyword(String word) {
            space();
            int end = at + word.length();
            if (in.startsWith(word, at) && (end >= in.length() || !(Character.isLetterOrDigit(in.charAt(end)) || in.charAt(end) == '_'))) {
                at = end;
                return true;
            }
            return false;
        }

        private void expect(String word) {
            if (!keyword(word)) {
                throw error("'" + word + "' expected");
            }
        }

        private boolean symbol(String symbol) {
            space();
            if (in.startsWith(symbol, at)) {
                at += symbol.length();
                return true;
            }
            return false;
        }

        private void space() {
            while (at < in.length() && Character.isWhitespace(in.charAt(at))) {
                at++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("template expression '" + in.strip() + "': " + what);
        }
    }
}
