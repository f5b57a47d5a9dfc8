/**
 * The Document Translation SDK. Users see {@code dev.doctranslation.client} and, through the
 * contract module, the models; the generated Feign interface is plumbing, visible to Feign only,
 * as the Azure SDKs keep their {@code implementation} packages.
 */
module dev.doctranslation.client {
    requires transitive dev.doctranslation.contract;
    requires feign.core;
    requires org.apache.httpcomponents.client5.httpclient5;
    requires org.apache.httpcomponents.core5.httpcore5;
    // HttpClient, an automatic module, sets TCP keep-alive options through jdk.net without saying
    // so; named here, the module is in every application's module graph.
    requires jdk.net;
    requires org.slf4j;
    // @Generated on the generated interface has source retention: needed to compile only.
    requires static jakarta.annotation;

    exports dev.doctranslation.client;
    // Feign's contract reads the generated interface's annotations, which bind each request.
    exports dev.doctranslation.client.implementation to feign.core;
}
