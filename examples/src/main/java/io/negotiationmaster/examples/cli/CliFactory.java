package io.negotiationmaster.examples.cli;

import java.io.InputStream;
import picocli.CommandLine;

/** Creates the commands, handing the input stream to those that read user lines. */
final class CliFactory implements CommandLine.IFactory {
    private final InputStream in;

    CliFactory(InputStream in) {
        this.in = in;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (var constructor : type.getDeclaredConstructors()) {
            if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == InputStream.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(in));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
