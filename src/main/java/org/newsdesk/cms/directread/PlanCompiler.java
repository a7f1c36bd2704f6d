package org.newsdesk.cms.directread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableDefinition;

/**
 * Turns a document into a {@link ReadPlan} when every part of it is one the plans
 * know: one query operation without directives or fragments, root fields
 * {@link #ROOTS} with their known arguments, and on each type only the fields listed
 * in {@link #TYPES}, which answer from what the read already holds. Anything else
 * (a field added to the schema later, too) gets no plan: the engine answers it,
 * validation and errors included. What is accepted here is valid GraphQL, so a plan
 * never answers a document the engine would refuse.
 */
final class PlanCompiler {

    /** Fields of an article that answer from its row: on every article a plan writes. */
    private static final Map<String, String> ARTICLE_FIELDS = Map.ofEntries(Map.entry("id", ""), Map.entry("slug", ""),
            Map.entry("title", ""), Map.entry("status", ""), Map.entry("publishedAt", ""), Map.entry("createdAt", ""),
            Map.entry("updatedAt", ""), Map.entry("scheduledAt", ""), Map.entry("version", ""),
            Map.entry("excerpt", ""), Map.entry("wordCount", ""), Map.entry("canonicalUrl", ""),
            Map.entry("source", "Source"), Map.entry("authors", "Author"));

    /** A type's fields a plan writes: each to the type it shows, "" for a scalar or enum. */
    static final Map<String, Map<String, String>> TYPES = Map.of(
            "ArticleConnection", Map.of("totalCount", "", "nodes", "Article", "edges", "ArticleEdge",
                    "pageInfo", "PageInfo"),
            "ArticleEdge", Map.of("cursor", "", "node", "Article"),
            "ArticleSearchConnection", Map.of("totalCount", "", "edges", "ArticleSearchEdge", "pageInfo", "PageInfo"),
            "ArticleSearchEdge", Map.of("cursor", "", "score", "", "snippet", "", "node", "Article"),
            "PageInfo", Map.of("hasNextPage", "", "endCursor", ""),
            "Article", with(ARTICLE_FIELDS, "related", "RelatedLink"),
            "RelatedLink", Map.of("title", "", "url", "", "paragraph", "", "article", "LinkedArticle"),
            // A linked article: related links one level deep.
            "LinkedArticle", ARTICLE_FIELDS,
            "Source", Map.of("id", "", "slug", "", "name", "", "domain", "", "url", ""),
            "Author", Map.of("id", "", "slug", "", "name", "", "kind", ""));

    /** The variable types and the literals an argument accepts (GraphQL's rules for its schema type). */
    private record ArgumentType(Set<String> variables, Set<String> literals) {
        static final ArgumentType INT = new ArgumentType(Set.of("Int", "Int!"), Set.of("Int"));
        static final ArgumentType STRING = new ArgumentType(Set.of("String", "String!"), Set.of("String", "null"));
        static final ArgumentType REQUIRED_STRING = new ArgumentType(Set.of("String!"), Set.of("String"));
        static final ArgumentType ID = new ArgumentType(Set.of("ID", "ID!"), Set.of("String", "Int", "null"));
    }

    /** Root fields with a plan: each with the arguments it accepts (the engine answers the rest). */
    private static final Map<String, Map<String, ArgumentType>> ROOTS = Map.of(
            "articles", Map.of("first", ArgumentType.INT, "after", ArgumentType.STRING),
            "article", Map.of("slug", ArgumentType.STRING, "id", ArgumentType.ID),
            "searchArticles", Map.of("query", ArgumentType.REQUIRED_STRING, "first", ArgumentType.INT,
                    "after", ArgumentType.STRING));

    /** The type each root field shows. */
    private static final Map<String, String> ROOT_TYPES = Map.of("articles", "ArticleConnection", "article", "Article",
            "searchArticles", "ArticleSearchConnection");

    private static Map<String, String> with(Map<String, String> fields, String name, String type) {
        Map<String, String> all = new HashMap<>(fields);
        all.put(name, type);
        return Map.copyOf(all);
    }

    private final Map<String, String> variableTypes = new HashMap<>();
    private final Set<String> variablesUsed = new HashSet<>();

    private PlanCompiler() {
    }

    /** The plan for {@code operationName} (null: the only operation) of {@code document}, if it has one. */
    static Optional<ReadPlan> compile(Document document, String operationName) {
        try {
            return Optional.of(new PlanCompiler().plan(document, operationName));
        } catch (NoPlan unknown) {
            return Optional.empty();
        }
    }

    private ReadPlan plan(Document document, String operationName) {
        if (!document.getDefinitions().stream().allMatch(OperationDefinition.class::isInstance)) {
            throw new NoPlan(); // fragments, or type definitions the engine refuses
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        List<OperationDefinition> chosen = operations.stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName())).toList();
        if (chosen.size() != 1 || (operationName == null && operations.size() != 1)) {
            throw new NoPlan();
        }
        OperationDefinition operation = chosen.get(0);
        if (operation.getOperation() != OperationDefinition.Operation.QUERY || !operation.getDirectives().isEmpty()) {
            throw new NoPlan();
        }
        for (VariableDefinition variable : operation.getVariableDefinitions()) {
            if (variable.getDefaultValue() != null || !variable.getDirectives().isEmpty()
                    || variableTypes.put(variable.getName(), AstPrinter.printAst(variable.getType())) != null) {
                throw new NoPlan();
            }
        }
        List<ReadPlan.Root> roots = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Field field : fields(operation.getSelectionSet())) {
            if (!keys.add(key(field))) {
                throw new NoPlan(); // the same key twice: the engine merges or refuses
            }
            roots.add(root(field));
        }
        if (!variablesUsed.equals(variableTypes.keySet())) {
            throw new NoPlan(); // an unused variable is an error the engine reports
        }
        return new ReadPlan(roots);
    }

    private ReadPlan.Root root(Field field) {
        if (field.getName().equals("__typename")) {
            leaf(field);
            return new ReadPlan.Root(new Selected(key(field), "__typename", List.of()), Map.of());
        }
        Map<String, ArgumentType> accepted = ROOTS.get(field.getName());
        if (accepted == null) {
            throw new NoPlan();
        }
        Map<String, Argument> arguments = new HashMap<>();
        for (graphql.language.Argument argument : field.getArguments()) {
            ArgumentType types = accepted.get(argument.getName());
            if (types == null || arguments.containsKey(argument.getName())) {
                throw new NoPlan();
            }
            arguments.put(argument.getName(), argument(argument, types));
        }
        return new ReadPlan.Root(object(field, ROOT_TYPES.get(field.getName())), arguments);
    }

    private Argument argument(graphql.language.Argument argument, ArgumentType types) {
        if (argument.getValue() instanceof graphql.language.VariableReference reference) {
            String type = variableTypes.get(reference.getName());
            if (type == null || !types.variables().contains(type)) {
                throw new NoPlan();
            }
            variablesUsed.add(reference.getName());
            return Argument.variable(reference.getName());
        }
        Argument literal = Argument.literal(argument.getValue());
        if (literal == null || !types.literals().contains(literal.type())) {
            throw new NoPlan();
        }
        return literal;
    }

    /** A field without arguments as a plan writes it, with what is selected on it when it shows {@code type}. */
    private Selected selected(Field field, String type) {
        if (!field.getArguments().isEmpty()) {
            throw new NoPlan();
        }
        if (type.isEmpty()) {
            leaf(field);
            return new Selected(key(field), field.getName(), List.of());
        }
        return object(field, type);
    }

    /** A field that shows an object of {@code type}, with what is selected on it (its arguments checked apart). */
    private Selected object(Field field, String type) {
        if (!field.getDirectives().isEmpty() || field.getSelectionSet() == null || field.getSelectionSet().getSelections().isEmpty()) {
            throw new NoPlan();
        }
        Map<String, String> known = TYPES.get(type);
        List<Selected> fields = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Field child : fields(field.getSelectionSet())) {
            String shows = child.getName().equals("__typename") ? "" : known.get(child.getName());
            if (shows == null || !keys.add(key(child))) {
                throw new NoPlan();
            }
            fields.add(selected(child, shows));
        }
        return new Selected(key(field), field.getName(), List.copyOf(fields));
    }

    private static void leaf(Field field) {
        if (field.getSelectionSet() != null || !field.getArguments().isEmpty() || !field.getDirectives().isEmpty()) {
            throw new NoPlan();
        }
    }

    private static List<Field> fields(SelectionSet selections) {
        List<Field> fields = new ArrayList<>();
        for (Selection<?> selection : selections.getSelections()) {
            if (!(selection instanceof Field field)) {
                throw new NoPlan(); // fragments
            }
            fields.add(field);
        }
        return fields;
    }

    private static String key(Field field) {
        return field.getAlias() != null ? field.getAlias() : field.getName();
    }

    /** The document has a part no plan knows. */
    private static final class NoPlan extends RuntimeException {
        NoPlan() {
            super(null, null, false, false);
        }
    }
}
