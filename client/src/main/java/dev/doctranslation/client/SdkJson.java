package dev.doctranslation.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.doctranslation.contract.ContractJson;

/** The SDK's one mapper, with the contract's reading rules; thread-safe once built. */
final class SdkJson {
    static final ObjectMapper MAPPER = ContractJson.newMapper();

    private SdkJson() {}
}
