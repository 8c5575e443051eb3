package org.marginalia.cli;

import picocli.CommandLine;

/** Hands every command the one {@link ProjectOpener}, so commands need no static state. */
final class CommandFactory implements CommandLine.IFactory {

    private final ProjectOpener opener;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(ProjectOpener opener) {
        this.opener = opener;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(ProjectOpener.class).newInstance(opener);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        }
    }
}
