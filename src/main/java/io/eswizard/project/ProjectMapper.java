package io.eswizard.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.HostOverride;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one Jackson configuration for project files. The model records stay free of Jackson:
 * everything file-specific (ignored schemaVersion, optional fields, lower-case enums) lives here.
 */
final class ProjectMapper {

    private ProjectMapper() {
    }

    /** schemaVersion is read before binding, so the record ignores it. */
    @JsonIgnoreProperties({ProjectFiles.SCHEMA_VERSION_KEY})
    @JsonPropertyOrder({"name", "connection", "database", "nodes", "clustering", "hostNames", "sso",
            "loadBalancer", "packs"})
    private abstract static class ClusterProjectMixin {
    }

    /** The per-machine override fields are optional: null inherits the project-wide value. */
    private abstract static class HostOverrideMixin {
        @JsonSetter(nulls = Nulls.SET)
        abstract String sshUser();

        @JsonSetter(nulls = Nulls.SET)
        abstract Integer sshPort();

        @JsonSetter(nulls = Nulls.SET)
        abstract String privateKeyFile();
    }

    static YAMLMapper create() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(ProjectFiles.MAX_FILE_BYTES);
        loader.setMaxAliasesForCollections(0);
        loader.setNestingDepthLimit(YamlPrescan.MAX_DEPTH);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(YamlPrescan.MAX_DEPTH)
                        .maxStringLength(YamlPrescan.MAX_VALUE_LENGTH)
                        .maxNumberLength(20)
                        .maxDocumentLength(ProjectFiles.MAX_FILE_BYTES)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // yes/no/on/off stay text (YAML 1.2), and an empty value is null, i.e. missing.
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        YAMLMapper mapper = YAMLMapper.builder(factory)
                .addMixIn(ClusterProject.class, ClusterProjectMixin.class)
                .addMixIn(HostOverride.class, HostOverrideMixin.class)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
                .addModule(lowerCaseEnums())
                .build();
        // Text fields take text only: a list or mapping where text belongs is an error, not "[...]".
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert)
                .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert);
        return mapper;
    }

    /** Enums are written as their lower-case constant names and read back only that way. */
    private static SimpleModule lowerCaseEnums() {
        SimpleModule module = new SimpleModule("lower-case-enums");
        module.addSerializer(Enum.class, new JsonSerializer<>() {
            @Override
            public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(fileName(value));
            }
        });
        module.setDeserializers(new SimpleDeserializers() {
            @Override
            public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                                                            BeanDescription beanDesc) {
                return new LowerCaseEnumDeserializer(type);
            }
        });
        return module;
    }

    static String fileName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Text naming one of the enum's constants in lower case; anything else names the choices. */
    private static final class LowerCaseEnumDeserializer extends JsonDeserializer<Object> {
        private final Class<?> type;

        LowerCaseEnumDeserializer(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.handleUnexpectedToken(ctxt.constructType(type), p);
            }
            String text = p.getText();
            for (Object constant : type.getEnumConstants()) {
                if (fileName((Enum<?>) constant).equals(text)) {
                    return constant;
                }
            }
            throw ctxt.weirdStringException(text, type, "expected one of " + choices(type));
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Enum;
        }
    }

    static String choices(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> fileName((Enum<?>) c))
                .collect(Collectors.joining(", "));
    }

    static boolean isEnum(JavaType t) {
        return t != null && t.isEnumType();
    }
}
