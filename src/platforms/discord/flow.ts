// A FlowSpec on Discord, where a modal holds at most five text inputs and no agreement text:
// 1. the agreement as embeds with Agree / Decline buttons (ephemeral);
// 2. one message with a select menu per fixed choice, tick buttons, and Continue;
// 3. modals of at most five text inputs, one after another;
// then the same core submit as every platform. Progress lives in the database (FlowDraft), so a
// dropped gateway connection or a restart loses nothing.
import type {
  ButtonInteraction,
  ChatInputCommandInteraction,
  ModalSubmitInteraction,
  StringSelectMenuInteraction,
} from "discord.js";
import {
  type APIButtonComponentWithCustomId,
  type APIModalInteractionResponseCallbackData,
  ButtonStyle,
  ComponentType,
  MessageFlags,
  TextInputStyle,
} from "discord.js";
import type { PlatformCore } from "../../app/core.ts";
import type { FlowId, FlowSpec } from "../../domain/flow.ts";
import {
  agreed,
  answerText,
  chose,
  type FormSession,
  textPages,
  ticked,
  typed,
} from "../../domain/form-session.ts";
import type { FieldSpec } from "../../domain/forms.ts";
import { agreementMessages, clip, DISCORD_LIMITS, type Embed, type Row, toDiscordText } from "./format.ts";

export const FLOW_PREFIX = "f:";

export function customId(flow: FlowId, draftId: string, action: string): string {
  return `${FLOW_PREFIX}${flow}:${draftId}:${action}`;
}

function parseCustomId(id: string): { flow: string; draftId: string; action: string; arg: string } | null {
  const m = /^f:([a-z-]+):([A-Za-z0-9_-]+):([a-z]+)(?::(.*))?$/.exec(id);
  return m
    ? { flow: m[1] as string, draftId: m[2] as string, action: m[3] as string, arg: m[4] ?? "" }
    : null;
}

/** What a step of the form shows: text, the agreement's embeds, and its menus and buttons. */
type FlowPayload = { content?: string; embeds?: Embed[]; components?: Row[] };

const pagesOf = (fields: FieldSpec[], d: FormSession) =>
  textPages(fields, d.values, DISCORD_LIMITS.modalTextInputs);

export class DiscordFlows {
  constructor(private readonly bot: PlatformCore) {}

  private fields(userId: string, d: FormSession): FieldSpec[] {
    return this.bot.forms.fields(userId, d);
  }

  /** Answers the slash command: the agreement first when it must be accepted, else the form. */
  async start(i: ChatInputCommandInteraction, flow: FlowSpec): Promise<void> {
    const userId = i.user.id;
    const { id: draftId, session: data } = await this.bot.forms.open(userId, flow);
    // A slow start was deferred (ephemerally) already: the first message then edits that reply.
    const first = (payload: FlowPayload) =>
      i.deferred ? i.editReply(payload) : i.reply({ flags: MessageFlags.Ephemeral, ...payload });
    if (!flow.agreement) {
      await first(this.formMessage(userId, draftId, data));
      return;
    }
    const batches = agreementMessages(flow.agreement);
    const buttons: Row = {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          custom_id: customId(flow.id, draftId, "agree"),
          label: "I have read and agree",
          style: ButtonStyle.Success,
        },
        {
          type: ComponentType.Button,
          custom_id: customId(flow.id, draftId, "decline"),
          label: "I do not agree",
          style: ButtonStyle.Danger,
        },
      ],
    };
    const content = clip(
      `**${flow.title}**\n${flow.intro}\n\n${flow.agreementNote ?? ""}`.trim(),
      DISCORD_LIMITS.content,
    );
    for (const [n, embeds] of batches.entries()) {
      const last = n === batches.length - 1;
      const payload = { ...(n === 0 ? { content } : {}), embeds, components: last ? [buttons] : [] };
      if (n === 0) await first(payload);
      else await i.followUp({ flags: MessageFlags.Ephemeral, ...payload });
    }
  }

  private formMessage(userId: string, draftId: string, d: FormSession) {
    const fields = this.fields(userId, d);
    const selects = fields.filter((f) => f.type === "select" || f.type === "multiselect");
    const ticks = fields.filter((f) => f.type === "checkbox");
    const pages = pagesOf(fields, d);
    const onFile = fields
      .filter((f) => f.type === "text")
      .map((f) => [f.label, answerText(f, d.values[f.id])] as const)
      .filter(([, v]) => v)
      .map(([l, v]) => `- ${l}: ${v}`);
    const lines = [`**${d.title}**`, d.intro];
    if (onFile.length) lines.push("", "**So far:**", ...onFile);
    for (const t of ticks) lines.push("", `**${t.label}**`);
    if (d.errors.length)
      lines.push("", "**Please fix these (nothing is saved until then):**", ...d.errors.map((e) => `- ${e}`));
    lines.push(
      "",
      pages.length
        ? "Choose below, then press **Continue** to type the rest."
        : "Choose below, then press **Submit**.",
    );

    const rows: Row[] = selects.map((f) => {
      const chosen = d.values[f.id];
      const list = Array.isArray(chosen) ? chosen : chosen ? [chosen] : [];
      const opts = f.type === "select" || f.type === "multiselect" ? f.options : [];
      return {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.StringSelect,
            custom_id: customId(d.flow, draftId, `s:${f.id}`),
            placeholder: clip(f.label, 150),
            min_values: 1,
            max_values: f.type === "multiselect" ? opts.length : 1,
            options: opts
              .slice(0, DISCORD_LIMITS.selectOptions)
              .map((o) => ({ label: clip(o.label, 100), value: o.value, default: list.includes(o.value) })),
          },
        ],
      };
    });
    const button = (action: string, label: string, style: ButtonStyle): APIButtonComponentWithCustomId => ({
      type: ComponentType.Button,
      custom_id: customId(d.flow, draftId, action),
      label,
      style: style as APIButtonComponentWithCustomId["style"],
    });
    const buttons = ticks.map((t) =>
      button(
        `c:${t.id}`,
        clip(
          `${d.values[t.id] === "yes" ? "✓ " : ""}${t.type === "checkbox" ? t.option : ""}`,
          DISCORD_LIMITS.buttonLabel,
        ),
        d.values[t.id] === "yes" ? ButtonStyle.Success : ButtonStyle.Secondary,
      ),
    );
    const label =
      pages.length > 1 && d.page > 0
        ? `Continue (${d.page + 1} of ${pages.length})`
        : pages.length
          ? "Continue"
          : "Submit";
    buttons.push(button("next", label, ButtonStyle.Primary));
    buttons.push(button("cancel", "Cancel", ButtonStyle.Secondary));
    rows.push({ type: ComponentType.ActionRow, components: buttons });
    if (rows.length > DISCORD_LIMITS.rows)
      throw new Error(`form ${d.flow} needs more than ${DISCORD_LIMITS.rows} rows on Discord`);
    return { content: clip(lines.join("\n"), DISCORD_LIMITS.content), embeds: [], components: rows };
  }

  private modal(
    userId: string,
    draftId: string,
    d: FormSession,
    page: number,
  ): APIModalInteractionResponseCallbackData {
    const pages = pagesOf(this.fields(userId, d), d);
    const fields = pages[page] ?? [];
    const title = pages.length > 1 ? `${d.title} (${page + 1} of ${pages.length})` : d.title;
    return {
      custom_id: customId(d.flow, draftId, `m:${page}`),
      title: clip(title, DISCORD_LIMITS.modalTitle),
      components: fields.map((f) => {
        const v = d.values[f.id];
        const placeholder = f.placeholder ?? f.hint;
        return {
          type: ComponentType.ActionRow,
          components: [
            {
              type: ComponentType.TextInput,
              custom_id: f.id,
              label: clip(f.label, DISCORD_LIMITS.textInputLabel),
              style: f.multiline ? TextInputStyle.Paragraph : TextInputStyle.Short,
              // Length and presence are checked by the core, so the person gets our wording, not Discord's.
              required: false,
              max_length: Math.min(4000, Math.max(f.maxLength, 1) + 20),
              ...(typeof v === "string" && v ? { value: clip(v, 4000) } : {}),
              ...(placeholder ? { placeholder: clip(placeholder, DISCORD_LIMITS.placeholder) } : {}),
            },
          ],
        };
      }),
    };
  }

  private async expired(
    i: ButtonInteraction | StringSelectMenuInteraction | ModalSubmitInteraction,
    flow: string,
  ) {
    const command = this.bot.commands.some((c) => c.name === flow) ? `/${flow}` : "the command";
    await i.reply({
      flags: MessageFlags.Ephemeral,
      content: `This form has expired or is not yours. Please start again with ${command}: nothing was saved from it.`,
    });
  }

  async onComponent(i: ButtonInteraction | StringSelectMenuInteraction): Promise<void> {
    const userId = i.user.id;
    const id = parseCustomId(i.customId);
    const draftId = id?.draftId ?? "";
    const loaded = id ? await this.bot.forms.load(userId, draftId) : null;
    if (!id || !loaded) return this.expired(i, id?.flow ?? "");
    let d = loaded;
    switch (id.action) {
      case "agree":
        d = agreed(d);
        break;
      case "decline":
      case "cancel": {
        await this.bot.forms.discard(draftId);
        const text = id.action === "decline" ? this.bot.declined(d.flow).text : "Stopped: nothing was saved.";
        await i.update({ content: toDiscordText(text), embeds: [], components: [] });
        return;
      }
      case "s":
        if (i.isStringSelectMenu())
          d = chose(
            d,
            this.fields(userId, d).find((f) => f.id === id.arg),
            i.values,
          );
        break;
      case "c":
        d = ticked(d, id.arg);
        break;
      case "next": {
        if (d.page < pagesOf(this.fields(userId, d), d).length) {
          await i.showModal(this.modal(userId, draftId, d, d.page));
          return;
        }
        return this.finish(i, userId, draftId, d);
      }
      default:
        return this.expired(i, id.flow);
    }
    await this.bot.forms.save(draftId, d);
    await i.update(this.formMessage(userId, draftId, d));
  }

  async onModal(i: ModalSubmitInteraction): Promise<void> {
    const userId = i.user.id;
    const id = parseCustomId(i.customId);
    const draftId = id?.draftId ?? "";
    const loaded = id ? await this.bot.forms.load(userId, draftId) : null;
    if (!id || !loaded || id.action !== "m") return this.expired(i, id?.flow ?? "");
    const answers: [string, string][] = [];
    for (const [fieldId, component] of i.fields.fields) {
      const value = (component as { value?: string }).value;
      if (typeof value === "string") answers.push([fieldId, value]);
    }
    const d = typed(loaded, Number(id.arg), answers);
    if (d.page < pagesOf(this.fields(userId, d), d).length) {
      await this.bot.forms.save(draftId, d);
      if (i.isFromMessage()) await i.update(this.formMessage(userId, draftId, d));
      else await i.reply({ flags: MessageFlags.Ephemeral, ...this.formMessage(userId, draftId, d) });
      return;
    }
    return this.finish(i, userId, draftId, d);
  }

  /** The last step: the core validates and saves, exactly as on Slack and in the console. */
  private async finish(
    i: ButtonInteraction | StringSelectMenuInteraction | ModalSubmitInteraction,
    userId: string,
    draftId: string,
    d: FormSession,
  ) {
    const update = async (payload: FlowPayload) => {
      if (i.isModalSubmit() && !i.isFromMessage())
        await i.reply({ flags: MessageFlags.Ephemeral, ...payload });
      else await i.update(payload);
    };
    const outcome = await this.bot.forms.finish(userId, draftId, d);
    if (outcome.kind === "refused") return update(this.formMessage(userId, draftId, outcome.session));
    if (outcome.kind === "saved") {
      await update({
        content: "**Saved.** I have sent you a direct message with what was recorded.",
        embeds: [],
        components: [],
      });
      await outcome.confirm();
      return;
    }
    const text =
      outcome.kind === "failed" ? outcome.message.text : "This form has expired. Please start again.";
    await update({ content: toDiscordText(text), embeds: [], components: [] });
  }
}
