/**
 * The contract's one model set and vocabulary. Both packages are API: every other module of the
 * kit, and users of the SDK, read the models and the vocabulary from here.
 */
module dev.doctranslation.contract {
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.ethlo.time;
    requires transitive jakarta.validation;
    // @Generated on the generated models has source retention: needed to compile only.
    requires static jakarta.annotation;

    exports dev.doctranslation.contract;
    exports dev.doctranslation.contract.models;
    // Jackson binds the models reflectively (annotated getters and setters, enum factories).
    opens dev.doctranslation.contract.models to com.fasterxml.jackson.databind;
}
