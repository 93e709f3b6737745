package com.realsourcing.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Responses always carry every property (Jackson writes nulls too), so the schemas reachable from a response are
 * marked with all their properties required. The generated console client then types them as present; request
 * schemas keep their optional fields.
 */
@Component
class ResponseSchemasComplete implements OpenApiCustomizer {

    private static final String PREFIX = "#/components/schemas/";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Deque<Schema<?>> pending = new ArrayDeque<>();
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().values().forEach(response -> {
                    if (response.getContent() != null) {
                        response.getContent().values().forEach(media -> pending.add(media.getSchema()));
                    }
                });
            }
        }));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema<?> schema = pending.pop();
            if (schema == null) {
                continue;
            }
            if (schema.get$ref() != null) {
                String name = schema.get$ref().substring(PREFIX.length());
                if (seen.add(name) && schemas.get(name) != null) {
                    Schema<?> target = schemas.get(name);
                    if (target.getProperties() != null) {
                        target.setRequired(
                                new ArrayList<>(target.getProperties().keySet()));
                        target.getProperties().values().forEach(pending::add);
                    }
                }
                continue;
            }
            if (schema.getItems() != null) {
                pending.add(schema.getItems());
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(pending::add);
            }
            if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                pending.add(values);
            }
        }
    }
}
