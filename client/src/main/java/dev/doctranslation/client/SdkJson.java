package dev.doctranslation.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.doctranslation.contract.ContractJson;
import dev.doctranslation.contract.models.TranslationStatus;

/** The SDK's one mapper, with the contract's reading rules; thread-safe once built. */
final class SdkJson {
    static final ObjectMapper MAPPER = ContractJson.newMapper();
    /** Every answer of both operations is one: its deserializer is found once, not per call. */
    static final ObjectReader TRANSLATION_STATUS = MAPPER.readerFor(TranslationStatus.class);

    private SdkJson() {}
}
