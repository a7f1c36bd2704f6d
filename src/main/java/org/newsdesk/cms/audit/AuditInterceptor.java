package org.newsdesk.cms.audit;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.eclipse.microprofile.graphql.Mutation;
import org.newsdesk.cms.access.Access;
import org.newsdesk.cms.common.ErrorTranslation;

import graphql.schema.DataFetchingEnvironment;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Context;
import io.vertx.ext.web.RoutingContext;

/**
 * Records each {@link Audited} mutation: it runs the mutation in a transaction that its
 * services join and writes the record in it, so the change and its record commit
 * together; a refusal or failure rolls the change back and is recorded on its own.
 * A successful change is announced ({@link ChangeApplied}) inside its transaction, for
 * whatever must be written with it (the change events).
 * Who comes from the signed-in identity, what from the GraphQL arguments as given
 * (ids as keys, the other arguments and input fields by name) and from the answer.
 */
@Audited(target = "")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
class AuditInterceptor {

    /** Arguments that name what a mutation acts on; the rest are recorded by name only. */
    private static final Map<String, String> ID_ARGUMENTS = Map.of("id", "", "fromId", "", "toId", "",
            "intoId", "", "reassignTo", "", "sectionId", "section", "tagIds", "tag");

    @Inject
    AuditTrail trail;

    @Inject
    Access access;

    @Inject
    AuditConfig config;

    @Inject
    Context graphql;

    @Inject
    CurrentVertxRequest request;

    @Inject
    Event<ChangeApplied> applied;

    @AroundInvoke
    Object record(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        Mutation mutation = method.getAnnotation(Mutation.class);
        if (mutation == null) {
            return invocation.proceed(); // queries and fields of the same class are not changes
        }
        Audited audited = method.isAnnotationPresent(Audited.class) ? method.getAnnotation(Audited.class)
                : method.getDeclaringClass().getAnnotation(Audited.class);
        AuditRecord call = describe(mutation.value(), audited.target());
        try {
            if (!audited.sameTransaction()) {
                Object result = invocation.proceed();
                AuditRecord done = call.withTargets(keysOf(result));
                trail.recordAlone(done);
                QuarkusTransaction.requiringNew().run(() -> applied.fire(new ChangeApplied(done.operation(),
                        done.targetIds(), done.user())));
                return result;
            }
            return QuarkusTransaction.joiningExisting().call(() -> {
                Object result = invocation.proceed();
                AuditRecord done = call.withTargets(keysOf(result));
                trail.record(done);
                applied.fire(new ChangeApplied(done.operation(), done.targetIds(), done.user()));
                return result;
            });
        } catch (RuntimeException e) {
            trail.recordAlone(call.withOutcome(ErrorTranslation.codeOf(e)));
            throw e;
        }
    }

    private AuditRecord describe(String operation, String target) {
        List<String> targets = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        Map<String, Object> arguments = graphql.unwrap(DataFetchingEnvironment.class).getArguments();
        arguments.forEach((name, value) -> {
            String kind = ID_ARGUMENTS.get(name);
            if (kind != null) {
                String prefix = (kind.isEmpty() ? target : kind) + ":";
                if (value instanceof Collection<?> ids) {
                    ids.forEach(id -> targets.add(prefix + id));
                } else if (value != null) {
                    targets.add(prefix + value);
                }
            } else if (value instanceof Map<?, ?> input) {
                input.keySet().forEach(field -> fields.add(name + "." + field));
            } else {
                fields.add(name);
            }
        });
        return access.signedIn()
                .map(caller -> new AuditRecord(caller.user(), caller.role(), operation, targets, fields,
                        AuditRecord.OK, clientAddress()))
                .orElseGet(() -> new AuditRecord("anonymous", "none", operation, targets, fields, AuditRecord.OK,
                        clientAddress()));
    }

    private static List<String> keysOf(Object result) {
        return result instanceof AuditKeys keyed ? keyed.auditKeys() : List.of();
    }

    private String clientAddress() {
        RoutingContext current = request.getCurrent();
        if (current == null || current.request().remoteAddress() == null) {
            return null;
        }
        return ClientAddress.of(current.request().remoteAddress().hostAddress(),
                current.request().getHeader("X-Forwarded-For"), config.trustedProxies().orElse(List.of()));
    }
}
