package dev.doctranslation.validator;

import dev.doctranslation.contract.models.AzureCoreError;
import dev.doctranslation.contract.models.InnerTranslationError;
import dev.doctranslation.contract.models.StatusSummary;
import dev.doctranslation.contract.models.TranslationError;
import dev.doctranslation.contract.models.TranslationStatus;
import dev.doctranslation.validator.constraints.CodeAndMessagePresent;
import dev.doctranslation.validator.constraints.SummaryAddsUp;
import dev.doctranslation.validator.constraints.TerminalSettled;
import dev.doctranslation.validator.constraints.TimestampsOrdered;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Hibernate Validator over the generated models: the bean-validation annotations the generator
 * emitted from the spec, plus the page's rules as class-level constraints registered on the
 * generated classes by programmatic mapping (the generated sources stay untouched).
 */
final class TypedValidator {
    private static final Map<Class<? extends Annotation>, Rule> PAGE_RULES = Map.of(
            SummaryAddsUp.class, Rule.SUMMARY_ARITHMETIC,
            TimestampsOrdered.class, Rule.TIMESTAMPS_ORDERED,
            TerminalSettled.class, Rule.TERMINAL_SETTLED,
            CodeAndMessagePresent.class, Rule.ERROR_CODE_AND_MESSAGE);

    /**
     * The page's rules are in this group as well as the default one, so that an exchange, whose
     * generated constraints the schema check has covered already, runs only these: validating the
     * default group and dropping most findings was 40 % of an exchange's time. A model alone is
     * validated in the default group, in one pass (both groups at once cost that call 35 %).
     */
    interface PageRules {}

    private final Validator validator;

    TypedValidator() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.type(StatusSummary.class).constraint(pageRule(SummaryAddsUp.class));
        mapping.type(TranslationStatus.class)
                .constraint(pageRule(TimestampsOrdered.class))
                .constraint(pageRule(TerminalSettled.class));
        mapping.type(TranslationError.class).constraint(pageRule(CodeAndMessagePresent.class));
        mapping.type(InnerTranslationError.class).constraint(pageRule(CodeAndMessagePresent.class));
        mapping.type(AzureCoreError.class).constraint(pageRule(CodeAndMessagePresent.class));
        // No Expression Language on the classpath: messages are built by the constraints themselves.
        this.validator = configuration.addMapping(mapping)
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    private static <A extends Annotation> GenericConstraintDef<A> pageRule(Class<A> constraint) {
        return new GenericConstraintDef<>(constraint).groups(Default.class, PageRules.class);
    }

    /** Every violation, the generated annotations' and the page's rules'. */
    List<Violation> all(Object model, String rootPath) {
        return collect(model, rootPath, true, Default.class);
    }

    /** Only the page's rules: for exchanges, whose schema errors the raw check reports already. */
    List<Violation> pageRules(Object model, String rootPath) {
        return collect(model, rootPath, false, PageRules.class);
    }

    private List<Violation> collect(Object model, String rootPath, boolean withModelConstraints, Class<?>... groups) {
        List<Violation> found = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(model, groups)) {
            Rule rule = PAGE_RULES.get(v.getConstraintDescriptor().getAnnotation().annotationType());
            String path = jsonPath(rootPath, v.getPropertyPath());
            if (rule != null) {
                found.add(rule.at(path, v.getMessage()));
            } else if (withModelConstraints) {
                found.add(Rule.MODEL_CONSTRAINT.at(path, v.getMessage() + " (found " + v.getInvalidValue() + ")"));
            }
        }
        found.sort(Comparator.comparing(Violation::path).thenComparing(Violation::ruleId));
        return found;
    }

    private static String jsonPath(String root, Path path) {
        StringBuilder json = new StringBuilder(root);
        for (Path.Node node : path) {
            if (node.getName() != null) {
                json.append('.').append(node.getName());
            }
        }
        return json.toString();
    }
}
