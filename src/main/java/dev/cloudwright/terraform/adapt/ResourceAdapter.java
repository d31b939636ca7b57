package dev.cloudwright.terraform.adapt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * Turns the instances of some resource types into components of the model. One adapter per service
 * family; its {@link Adapts} annotation says which types anchor a component, which it absorbs, and which services it makes.
 */
interface ResourceAdapter {

    /** Metadata of an adapter: the anchor types (each instance, or group, becomes a component) and the types it reads. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Adapts {
        String[] anchors();

        String[] absorbs() default {};

        /** The catalog ids (services.tsv) of the components it makes. */
        String[] services();

        String summary();
    }

    /** Adapts all instances of the anchor types (managed resources only), in address order. */
    void adapt(List<Res> anchors, Context ctx);
}
