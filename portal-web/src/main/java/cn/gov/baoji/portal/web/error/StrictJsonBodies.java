package cn.gov.baoji.portal.web.error;

import java.io.IOException;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Reads JSON request bodies as the application's usual mapper does, except that text may not carry
 * control characters other than tab and line breaks: a NUL byte would otherwise reach PostgreSQL and
 * fail there with a 500. The refusal names the field (see {@link ErrorResponses}). Server side only:
 * what Keycloak sends back to the admin client is not ours to refuse.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class StrictJsonBodies implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper;

    StrictJsonBodies(ObjectMapper application) {
        this.mapper = application.copy()
                .registerModule(new SimpleModule("plain-text").addDeserializer(String.class, new PlainText()));
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    /** A JSON string without control characters (tab, line feed and carriage return allowed). */
    static final class PlainText extends StdScalarDeserializer<String> {

        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (ControlCharacters.indexIn(value, true) >= 0) {
                throw InvalidFormatException.from(parser, "text contains a control character", value, String.class);
            }
            return value;
        }
    }
}
