/** The optional LangChain4j adapter of the {@link io.negotiationmaster.engine.writing.LanguageModel} port. */
package io.negotiationmaster.engine.writing.langchain4j;
