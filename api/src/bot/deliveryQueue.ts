// The bot's DeliveryQueue over Azure Storage Queues. Messages are base64 JSON, the encoding
// the Functions queue trigger expects by default; each one is validated when it is read, and
// one that does not validate goes to the poison queue at once instead of failing forever.
import { QueueClient, QueueServiceClient } from "@azure/storage-queue";
import { deliveryMessageSchema, type DeliveryMessage, type DeliveryQueue, type MessageSettler, type ReceivedDelivery } from "@campus-westum/bot";
import { deliveryQueueName, poisonQueueName } from "./storageQueueNames.js";

interface Receipt {
  messageId: string;
  popReceipt: string;
  text: string;
}

const PARALLEL_SENDS = 32;
/** The queue service takes visibility timeouts in whole seconds. */
const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

export class StorageDeliveryQueue implements DeliveryQueue {
  private ready: Promise<void> | undefined;

  private constructor(
    private readonly queue: QueueClient,
    private readonly poison: QueueClient,
  ) {}

  static fromConnectionString(connectionString: string, prefix: string): StorageDeliveryQueue {
    const service = QueueServiceClient.fromConnectionString(connectionString);
    return new StorageDeliveryQueue(service.getQueueClient(deliveryQueueName(prefix)), service.getQueueClient(poisonQueueName(prefix)));
  }

  private ensure(): Promise<void> {
    this.ready ??= Promise.all([this.queue.createIfNotExists(), this.poison.createIfNotExists()]).then(() => undefined);
    this.ready.catch(() => (this.ready = undefined));
    return this.ready;
  }

  async enqueue(messages: DeliveryMessage[]): Promise<void> {
    await this.ensure();
    let next = 0;
    const sendNext = async () => {
      while (next < messages.length) {
        const message = messages[next++]!;
        await this.queue.sendMessage(encode(message));
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_SENDS }, sendNext));
  }

  async receive(max: number, visibilityMs: number): Promise<ReceivedDelivery[]> {
    await this.ensure();
    const { receivedMessageItems } = await this.queue.receiveMessages({ numberOfMessages: Math.min(32, max), visibilityTimeout: seconds(visibilityMs) });
    const received: ReceivedDelivery[] = [];
    for (const item of receivedMessageItems) {
      const receipt: Receipt = { messageId: item.messageId, popReceipt: item.popReceipt, text: item.messageText };
      const parsed = deliveryMessageSchema.safeParse(decode(item.messageText));
      if (parsed.success) received.push({ message: parsed.data, dequeueCount: item.dequeueCount, receipt });
      else await this.moveToPoison(receipt, `malformed delivery message: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    }
    return received;
  }

  async complete(received: ReceivedDelivery): Promise<void> {
    const receipt = received.receipt as Receipt;
    await this.queue.deleteMessage(receipt.messageId, receipt.popReceipt).catch(ignoreGone);
  }

  async release(received: ReceivedDelivery, delayMs: number): Promise<void> {
    const receipt = received.receipt as Receipt;
    await this.queue.updateMessage(receipt.messageId, receipt.popReceipt, undefined, seconds(delayMs)).catch(ignoreGone);
  }

  async deadLetter(received: ReceivedDelivery, error: string): Promise<void> {
    await this.moveToPoison(received.receipt as Receipt, error);
  }

  private async moveToPoison(receipt: Receipt, error: string): Promise<void> {
    const body = { message: decode(receipt.text) ?? receipt.text, error, at: new Date().toISOString() };
    await this.poison.sendMessage(Buffer.from(JSON.stringify(body)).toString("base64"));
    await this.queue.deleteMessage(receipt.messageId, receipt.popReceipt).catch(ignoreGone);
  }

  /**
   * For a message the Functions host handed to its queue trigger (the host deletes it when the
   * function returns): "release" puts a copy back, visible after the delay; "deadLetter" writes
   * it to the poison queue; "complete" leaves the deletion to the host.
   */
  handedOver(): MessageSettler {
    return {
      complete: async () => {},
      release: async (received, delayMs) => {
        await this.ensure();
        await this.queue.sendMessage(encode(received.message), { visibilityTimeout: seconds(delayMs) });
      },
      deadLetter: async (received, error) => {
        await this.ensure();
        await this.poison.sendMessage(Buffer.from(JSON.stringify({ message: received.message, error, at: new Date().toISOString() })).toString("base64"));
      },
    };
  }

  /** Messages waiting (approximate, as the service counts them). */
  async approximateCount(): Promise<{ waiting: number; poisoned: number }> {
    await this.ensure();
    const [main, poison] = await Promise.all([this.queue.getProperties(), this.poison.getProperties()]);
    return { waiting: main.approximateMessagesCount ?? 0, poisoned: poison.approximateMessagesCount ?? 0 };
  }

  /** The poison queue's messages, for tests and for an operator looking at failures. */
  async peekPoison(max = 32): Promise<unknown[]> {
    await this.ensure();
    const { peekedMessageItems } = await this.poison.peekMessages({ numberOfMessages: max });
    return peekedMessageItems.map((m) => decode(m.messageText));
  }
}

const encode = (message: DeliveryMessage) => Buffer.from(JSON.stringify(message)).toString("base64");

function decode(text: string): unknown {
  try {
    return JSON.parse(Buffer.from(text, "base64").toString("utf8"));
  } catch {
    return undefined;
  }
}

/** A pop receipt that no longer matches: the message was handed out again after its visibility ran out. */
function ignoreGone(error: unknown): void {
  const status = (error as { statusCode?: number }).statusCode;
  if (status !== 404 && status !== 400) throw error;
}
