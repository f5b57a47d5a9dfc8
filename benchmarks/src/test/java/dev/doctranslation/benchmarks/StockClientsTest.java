package dev.doctranslation.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stock generated clients the SDK benchmark measures decode the page's body, as wired there. */
class StockClientsTest {
    private final SdkCallBenchmark benchmark = new SdkCallBenchmark();

    @BeforeEach
    void start() throws Exception {
        benchmark.start();
    }

    @AfterEach
    void stop() {
        benchmark.stop();
    }

    @Test
    void everyClientOfTheBenchmarkReadsThePagesOperation() throws Exception {
        assertThat(benchmark.stockFeignGetTranslationStatus().getId()).isEqualTo(PageBody.ID);
        assertThat(benchmark.stockFeignCancelTranslation().getSummary().getTotal()).isEqualTo(benchmark.sdkCancelTranslation().getSummary().getTotal());
        assertThat(benchmark.stockNativeGetTranslationStatus().getId()).isEqualTo(PageBody.ID);
        assertThat(benchmark.stockNativeCancelTranslation().getStatus().getValue())
                .isEqualTo(benchmark.rawCancelTranslation().getStatus().getValue());
        assertThat(benchmark.sdkGetTranslationStatus().getId()).isEqualTo(PageBody.ID);
    }
}
