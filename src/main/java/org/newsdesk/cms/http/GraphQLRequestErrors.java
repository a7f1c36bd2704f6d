package org.newsdesk.cms.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.Scalars;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.ListType;
import graphql.language.NodeUtil;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;

/**
 * The request errors of GraphQL over HTTP, found before execution: a document that
 * does not parse or validate against the schema, an operation that cannot be
 * chosen, or variables that cannot be coerced to their declared types. Uses the
 * same graphql-java steps (and default parser limits) as execution itself.
 */
final class GraphQLRequestErrors {

    /**
     * SmallRye GraphQL's own Int, Float, String, Boolean and ID accept values of the
     * wrong JSON type and fail later, during execution; the specification's
     * coercion rules (graphql-java's standard scalars) decide here instead.
     */
    private static final Map<String, GraphQLScalarType> BUILT_IN_SCALARS = Map.of(
            "Int", Scalars.GraphQLInt, "Float", Scalars.GraphQLFloat, "String", Scalars.GraphQLString,
            "Boolean", Scalars.GraphQLBoolean, "ID", Scalars.GraphQLID);

    private GraphQLRequestErrors() {
    }

    static List<GraphQLError> of(GraphQLSchema schema, GraphQLHttpRequest request) {
        Map<String, Object> variables = request.variables() == null ? Map.of() : request.variables();
        ExecutionInput input = ExecutionInput.newExecutionInput(request.query())
                .operationName(request.operationName()).variables(variables).build();
        ParseAndValidateResult parsed = ParseAndValidate.parseAndValidate(schema, input);
        if (parsed.isFailure()) {
            return parsed.getErrors();
        }
        try {
            var operation = NodeUtil.getOperation(parsed.getDocument(), request.operationName()).operationDefinition;
            ValuesResolver.coerceVariableValues(schema, operation.getVariableDefinitions(), RawVariables.of(variables),
                    GraphQLContext.getDefault(), Locale.ROOT);
            for (VariableDefinition variable : operation.getVariableDefinitions()) {
                coerceBuiltInScalars(variable.getType(), variables.get(variable.getName()));
            }
            return List.of();
        } catch (RuntimeException refused) {
            if (refused instanceof GraphQLError error) {
                return List.of(error);
            }
            throw refused;
        }
    }

    private static void coerceBuiltInScalars(Type<?> type, Object value) {
        if (value == null) {
            return; // nulls for non-null variables are graphql-java's to refuse, above
        }
        if (type instanceof NonNullType nonNull) {
            coerceBuiltInScalars(nonNull.getType(), value);
        } else if (type instanceof ListType list) {
            if (value instanceof List<?> items) {
                items.forEach(item -> coerceBuiltInScalars(list.getType(), item));
            } else {
                coerceBuiltInScalars(list.getType(), value);
            }
        } else if (type instanceof TypeName name && BUILT_IN_SCALARS.containsKey(name.getName())) {
            BUILT_IN_SCALARS.get(name.getName()).getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.ROOT);
        }
    }
}
