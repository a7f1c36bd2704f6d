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
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableDefinition;

/**
 * Turns a document into a {@link ReadPlan} when every part of it is one the plans
 * know: one query operation without directives or fragments, and on each type
 * ({@code Query} for the root) only the fields listed in {@link #TYPES}, with the
 * arguments listed in {@link #ARGUMENTS}. Anything else
 * (a field added to the schema later, too) gets no plan: the engine answers it,
 * validation and errors included. What is accepted here is valid GraphQL within the
 * engine's depth and complexity limits, so a plan never answers a document the engine
 * would refuse.
 */
final class PlanCompiler {

    /** Fields of an article that answer from its row: on every article a plan writes. */
    private static final Map<String, String> ARTICLE_FIELDS = Map.ofEntries(Map.entry("id", ""), Map.entry("slug", ""),
            Map.entry("title", ""), Map.entry("status", ""), Map.entry("publishedAt", ""), Map.entry("createdAt", ""),
            Map.entry("updatedAt", ""), Map.entry("scheduledAt", ""), Map.entry("version", ""),
            Map.entry("excerpt", ""), Map.entry("wordCount", ""), Map.entry("canonicalUrl", ""),
            Map.entry("source", "Source"), Map.entry("authors", "Author"));

    /** A type's fields a plan writes: each to the type it shows, "" for a scalar or enum. */
    static final Map<String, Map<String, String>> TYPES = Map.ofEntries(Map.entry("Query", Map.of(
            "articles", "ArticleConnection", "article", "Article", "searchArticles", "ArticleSearchConnection",
            "author", "AuthorPage")),
            // An author at the root, with their articles.
            Map.entry("AuthorPage", Map.of("id", "", "slug", "", "name", "", "kind", "", "articleCount", "",
                    "articles", "ArticleConnection")),
            Map.entry("ArticleConnection", Map.of("totalCount", "", "nodes", "Article", "edges", "ArticleEdge",
                    "pageInfo", "PageInfo")),
            Map.entry("ArticleEdge", Map.of("cursor", "", "node", "Article")),
            Map.entry("ArticleSearchConnection", Map.of("totalCount", "", "edges", "ArticleSearchEdge",
                    "pageInfo", "PageInfo")),
            Map.entry("ArticleSearchEdge", Map.of("cursor", "", "score", "", "snippet", "", "node", "Article")),
            Map.entry("PageInfo", Map.of("hasNextPage", "", "endCursor", "")),
            Map.entry("Article", with(ARTICLE_FIELDS, "related", "RelatedLink")),
            Map.entry("RelatedLink", Map.of("title", "", "url", "", "paragraph", "", "article", "LinkedArticle")),
            // A linked article: related links one level deep.
            Map.entry("LinkedArticle", ARTICLE_FIELDS),
            Map.entry("Source", Map.of("id", "", "slug", "", "name", "", "domain", "", "url", "")),
            Map.entry("Author", Map.of("id", "", "slug", "", "name", "", "kind", "")));

    /** The variable types and the literals an argument accepts (GraphQL's rules for its schema type). */
    private record ArgumentType(Set<String> variables, Set<String> literals) {
        static final ArgumentType INT = new ArgumentType(Set.of("Int", "Int!"), Set.of("Int"));
        static final ArgumentType STRING = new ArgumentType(Set.of("String", "String!"), Set.of("String", "null"));
        static final ArgumentType REQUIRED_STRING = new ArgumentType(Set.of("String!"), Set.of("String"));
        static final ArgumentType ID = new ArgumentType(Set.of("ID", "ID!"), Set.of("String", "Int", "null"));
        /** An article list's filter: a variable, or an object of the string fields {@link Argument#FILTER_FIELDS}. */
        static final ArgumentType FILTER = new ArgumentType(Set.of("ArticleFilter", "ArticleFilter!"),
                Set.of("Object", "null"));
    }

    /** The arguments each field with arguments accepts, by type and field (the engine answers the rest). */
    private static final Map<String, Map<String, ArgumentType>> ARGUMENTS = Map.of(
            "Query.articles", Map.of("first", ArgumentType.INT, "after", ArgumentType.STRING,
                    "filter", ArgumentType.FILTER),
            "Query.article", Map.of("slug", ArgumentType.STRING, "id", ArgumentType.ID),
            "Query.searchArticles", Map.of("query", ArgumentType.REQUIRED_STRING, "first", ArgumentType.INT,
                    "after", ArgumentType.STRING),
            "Query.author", Map.of("slug", ArgumentType.REQUIRED_STRING),
            "AuthorPage.articles", Map.of("first", ArgumentType.INT, "after", ArgumentType.STRING));

    private static Map<String, String> with(Map<String, String> fields, String name, String type) {
        Map<String, String> all = new HashMap<>(fields);
        all.put(name, type);
        return Map.copyOf(all);
    }

    private final Map<String, String> variableTypes = new HashMap<>();
    private final Set<String> variablesUsed = new HashSet<>();

    private final Limits limits;

    private PlanCompiler(Limits limits) {
        this.limits = limits;
    }

    /**
     * The engine's limits on a document ({@code quarkus.smallrye-graphql.instrumentation-query-*}):
     * its depth in fields, and its complexity, graphql-java's default of one per field.
     */
    record Limits(int depth, int complexity) {
    }

    /** The plan for {@code operationName} (null: the only operation) of {@code document}, if it has one. */
    static Optional<ReadPlan> compile(Document document, String operationName, Limits limits) {
        try {
            return Optional.of(new PlanCompiler(limits).plan(document, operationName));
        } catch (NoPlan unknown) {
            return Optional.empty();
        }
    }

    /** The deepest path of fields, the root's counted (at least the engine's count). */
    private static int depth(List<Selected> fields) {
        return fields.stream().mapToInt(field -> 1 + depth(field.fields())).max().orElse(0);
    }

    /** One per field, {@code __typename} included (at least the engine's count). */
    private static int complexity(List<Selected> fields) {
        return fields.stream().mapToInt(field -> 1 + complexity(field.fields())).sum();
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
        List<Selected> roots = fieldsOf(operation.getSelectionSet(), "Query");
        if (!variablesUsed.equals(variableTypes.keySet())) {
            throw new NoPlan(); // an unused variable is an error the engine reports
        }
        if (depth(roots) > limits.depth() || complexity(roots) > limits.complexity()) {
            throw new NoPlan(); // the engine refuses it with its error; a plan would run every aliased list
        }
        return new ReadPlan(roots);
    }

    /** The arguments of {@code field} of {@code type}, each one it accepts ({@link #ARGUMENTS}). */
    private Map<String, Argument> arguments(Field field, String type) {
        if (field.getArguments().isEmpty()) {
            return Map.of();
        }
        Map<String, ArgumentType> accepted = ARGUMENTS.get(type + "." + field.getName());
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
        return arguments;
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
        if (argument.getValue() instanceof ObjectValue object && types.literals().contains("Object")) {
            return filter(object);
        }
        Argument literal = Argument.literal(argument.getValue());
        if (literal == null || !types.literals().contains(literal.type())) {
            throw new NoPlan();
        }
        return literal;
    }

    /** A filter written out: only the string fields plans know, each a String, null or a String variable. */
    private Argument filter(ObjectValue object) {
        Map<String, Argument> fields = new HashMap<>();
        for (ObjectField field : object.getObjectFields()) {
            if (!Argument.FILTER_FIELDS.contains(field.getName()) || fields.containsKey(field.getName())) {
                throw new NoPlan();
            }
            fields.put(field.getName(), argument(new graphql.language.Argument(field.getName(), field.getValue()),
                    ArgumentType.STRING));
        }
        return Argument.object(fields);
    }

    /** {@code field} of {@code type} as a plan writes it, with its arguments and what is selected on it. */
    private Selected selected(Field field, String type) {
        String shows = field.getName().equals("__typename") ? "" : TYPES.get(type).get(field.getName());
        if (shows == null || !field.getDirectives().isEmpty()) {
            throw new NoPlan();
        }
        Map<String, Argument> arguments = arguments(field, type);
        if (shows.isEmpty()) {
            leaf(field);
            return new Selected(key(field), field.getName(), List.of(), arguments);
        }
        if (field.getSelectionSet() == null || field.getSelectionSet().getSelections().isEmpty()) {
            throw new NoPlan();
        }
        return new Selected(key(field), field.getName(), fieldsOf(field.getSelectionSet(), shows), arguments);
    }

    /** The fields selected on an object of {@code type}. */
    private List<Selected> fieldsOf(SelectionSet selections, String type) {
        List<Selected> fields = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Field child : fields(selections)) {
            if (!keys.add(key(child))) {
                throw new NoPlan(); // the same key twice: the engine merges or refuses
            }
            fields.add(selected(child, type));
        }
        return fields;
    }

    private static void leaf(Field field) {
        if (field.getSelectionSet() != null) {
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
