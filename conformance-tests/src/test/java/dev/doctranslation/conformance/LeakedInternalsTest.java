package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code security.no-internals-in-errors} calls a leak, and what it lets through. */
class LeakedInternalsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "java.lang.IllegalStateException: boom at com.foo.Bar(Bar.java:12)      | a Java stack frame",
        "{\"message\": \"oops\\n\\tat com.foo.Bar.run(Bar.java:12)\"}            | a Java stack frame",
        "at dev.x.Y.z(Native Method)                                            | a Java stack frame",
        "   at Api.Controllers.Batches.Get() in C:\\src\\Api\\Batches.cs:line 42 | a .NET stack frame",
        "TypeError: x is undefined at handler (/srv/api/server.js:12:5)         | a JavaScript stack frame",
        "Traceback (most recent call last):                                     | a Python traceback",
        "goroutine 1 [running]:                                                 | a Go panic",
        "{\"stackTrace\": []}                                                   | a stack trace",
        "NullPointerException: Cannot invoke String.length()                    | an exception name",
        "Exception: something went wrong                                        | an exception name",
        "ValueError: invalid literal                                            | an exception name",
        "caused by java.lang.NumberFormatException                              | a platform class name",
        "org.glassfish.jersey.server.ContainerException                         | a class name",
        "could not open /var/lib/translator/state.db                            | a file path",
        "{\"message\": \"see C:\\\\inetpub\\\\wwwroot\\\\web.config\"}          | a file path",
        "jar:file:/opt/app/app.jar!/BOOT-INF                                    | a file path",
    })
    void findsWhatARuntimePrints(String body, String what) {
        assertThat(LeakedInternals.find(body))
                .hasValueSatisfying(leak -> assertThat(leak.what()).isEqualTo(what));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"Access denied due to a missing or invalid subscription key.\",\"target\":\"Ocp-Apim-Subscription-Key\"}}",
        "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"The operation with id 727bf148-f327-47a0-9481-abae6362f11e was not found.\",\"target\":\"Operation\"}}",
        "{\"error\":{\"code\":\"InvalidRequest\",\"message\":\"The request URI is longer than 4096 characters.\",\"target\":\"uri\"}}",
        "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"Internal Server Error\"}}",
        "InternalServerError: Unexpected internal server error has occurred",
        "Error: the id is not a UUID",
        "Use https://my-translator.cognitiveservices.azure.com/translator/text/batch/v1.0-preview.1 instead.",
        "<h1>400 Bad Request</h1>URISyntaxException thrown",
        "The operation is in state Succeeded and cannot be canceled.",
    })
    void letsThroughWhatAProviderMeansToSay(String body) {
        assertThat(LeakedInternals.find(body)).isEmpty();
    }
}
