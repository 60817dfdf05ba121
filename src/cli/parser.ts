import { type Argument, Command, Help, type Option } from 'commander';
import { suggestSimilar } from '../core/did-you-mean.js';
import { UsageError } from '../core/errors.js';
import type { Lang } from '../i18n/catalog-types.js';
import { helpText, sectionTitle } from './help-texts.js';

/**
 * commander, in one language, with every mistake on the command line a `UsageError` (exit 2) in
 * the message catalogue and a "did you mean" where one is near. commander 14.0.3 reports parse
 * problems through the (undocumented, stable within 14.x) methods overridden below; each throws
 * before commander writes its own English text.
 */
export class Tk13Command extends Command {
  lang: Lang = 'vi';

  override createCommand(name?: string): Tk13Command {
    const command = new Tk13Command(name);
    command.lang = this.lang;
    return command;
  }

  /** `tk13 validate`: how the command is typed, for "see … --help" hints. */
  private commandPath(): string {
    const names: string[] = [];
    for (let c: Command | null = this; c; c = c.parent) names.unshift(c.name());
    return names.join(' ');
  }

  private usageError(code: string, params: Record<string, string | number>, suggestions: string[] = []): UsageError {
    return new UsageError(code, { command: this.commandPath(), ...params, ...(suggestions.length ? { suggestion: suggestions.join(', ') } : {}) });
  }

  private placeholder(option: Option): string {
    return /<[^>]*>|\[[^\]]*\]/.exec(option.flags)?.[0] ?? '';
  }

  unknownOption(flag: string): never {
    const candidates: string[] = [];
    for (let c: Command | null = this; c; c = c.parent) {
      for (const option of c.createHelp().visibleOptions(c)) if (option.long) candidates.push(option.long);
    }
    const name = flag.split('=')[0];
    throw this.usageError('option-unknown', { found: name }, name.startsWith('--') ? suggestSimilar(name, candidates) : []);
  }

  unknownCommand(): never {
    const typed = this.args[0];
    throw this.usageError('command-unknown', { found: typed }, suggestSimilar(typed, this.commands.map((c) => c.name())));
  }

  missingArgument(name: string): never {
    const argument = this.registeredArguments.find((a) => a.name() === name);
    throw this.usageError('argument-missing', { argument: argument ? argumentLabel(argument) : name });
  }

  optionMissingArgument(option: Option): never {
    throw this.usageError('option-value-missing', { option: option.long ?? option.flags, value: this.placeholder(option) });
  }

  /** A mistyped flag (`--perod`) is reported as itself, not as the required `--period` it left out. */
  missingMandatoryOptionValue(option: Option): never {
    const typo = this.args.find((arg) => arg.startsWith('-') && arg !== '-');
    if (typo) this.unknownOption(typo);
    throw this.usageError('option-required', { option: option.long ?? option.flags, value: this.placeholder(option) });
  }

  _excessArguments(received: string[]): void {
    const parent = this.parent as (Command & { _defaultCommandName?: string }) | null;
    // `tk13 indicators shwo` reaches the default subcommand `list` as an extra argument.
    if (parent && parent._defaultCommandName === this.name() && this.registeredArguments.length === 0) {
      const typed = received[0];
      throw new UsageError('command-unknown', {
        command: this.commandPath().replace(/ [^ ]+$/, ''),
        found: typed,
        ...suggestionParam(suggestSimilar(typed, parent.commands.map((c) => c.name()))),
      });
    }
    throw this.usageError('arguments-excess', { found: received.slice(this.registeredArguments.length).join(' '), expected: this.registeredArguments.length });
  }

  _callParseArg(target: Option | Argument, value: string, previous: unknown, invalidMessage: string): unknown {
    try {
      return (Command.prototype as unknown as { _callParseArg: Tk13Command['_callParseArg'] })._callParseArg.call(this, target, value, previous, invalidMessage);
    } catch (error) {
      if ((error as { code?: string }).code !== 'commander.invalidArgument') throw error;
      const choices = target.argChoices ?? [];
      const name = 'flags' in target ? (target.long ?? target.flags) : argumentLabel(target as Argument);
      throw this.usageError('option-value-invalid', { option: name, found: value, expected: choices.join(', ') }, suggestSimilar(value, choices));
    }
  }
}

function suggestionParam(suggestions: string[]): { suggestion?: string } {
  return suggestions.length ? { suggestion: suggestions.join(', ') } : {};
}

function argumentLabel(argument: Argument): string {
  return `<${argument.name()}${argument.variadic ? '...' : ''}>`;
}

/** Help in one language: section titles, usage words, "(mặc định: …, chọn: …)". */
export function localizedHelp(lang: Lang): Partial<Help> {
  const extra = (choices: readonly string[] | undefined, fallback: unknown, showDefault: boolean) => {
    const parts: string[] = [];
    if (choices) parts.push(`${helpText(lang, 'choicesWord')}: ${choices.join(', ')}`);
    if (showDefault && fallback !== undefined) parts.push(`${helpText(lang, 'defaultWord')}: ${String(fallback)}`);
    return parts.length ? ` (${parts.join('; ')})` : '';
  };
  const words = (usage: string) => usage.replace('[options]', helpText(lang, 'optionsWord')).replace('[command]', helpText(lang, 'commandWord'));
  return {
    styleTitle: (title: string) => sectionTitle(lang, title),
    commandUsage(this: Help, cmd: Command) {
      return words(Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd: Command) {
      return words(Help.prototype.subcommandTerm.call(this, cmd));
    },
    optionDescription: (option: Option) =>
      `${option.description}${extra(option.argChoices, option.defaultValueDescription ?? option.defaultValue, option.required || option.optional)}`,
    argumentDescription: (argument: Argument) => `${argument.description}${extra(argument.argChoices, argument.defaultValue, true)}`,
  };
}

/**
 * `--lang`, `--json` and `--debug` before the parser runs: help and the parser's own messages are
 * built in the right language. `--lang` wins over `$TK13_LANG`; an unknown value leaves Vietnamese
 * (the parser then reports it).
 */
export function earlyFlags(args: readonly string[], env: NodeJS.ProcessEnv = process.env): { lang: Lang; json: boolean; debug: boolean } {
  let lang: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') break;
    if (args[i] === '--lang') lang = args[i + 1];
    else if (args[i].startsWith('--lang=')) lang = args[i].slice('--lang='.length);
  }
  lang ??= env.TK13_LANG;
  return { lang: lang === 'en' ? 'en' : 'vi', json: args.includes('--json'), debug: args.includes('--debug') };
}
