import type { FootingDraft } from "./overdue-draft";

// "Check your footing first": before chasing harder, what the user can prove. A claim for an
// unpaid invoice rests on three things a court (or the client's accountant) asks about: that the
// work was agreed, that it was delivered, and that it was accepted or used. Proof in writing
// counts most: on the small claims track of England and Wales the standard directions ask each
// side to send copies of the documents it relies on (CPR 27.4 and Practice Direction 27), and a US
// small claims judge decides on the evidence brought to the hearing. So every gap names the
// document to gather.

export type FootingSeverity = "gap" | "warning" | "ok";

export type FootingItem = {
  id: "agreement" | "delivery" | "acceptance" | "evidence" | "contact";
  severity: FootingSeverity;
  message: string;
  /** What to do about it; "" when nothing is needed. */
  action: string;
};

function agreement(f: FootingDraft): FootingItem {
  const id = "agreement";
  switch (f.agreedInWriting) {
    case "yes":
      return f.evidenceKept.includes("contract")
        ? { id, severity: "ok", message: "The work and the price were agreed in writing.", action: "" }
        : { id, severity: "warning", message: "The work was agreed in writing, but you haven't marked a copy as kept.", action: "Find the signed contract or the e-mail where the client agreed the work and the price, and keep a copy." };
    case "partly":
      return { id, severity: "warning", message: "Only part of the work was agreed in writing.", action: "Gather the e-mails or messages where the rest was asked for or agreed, with their dates." };
    case "no":
      return { id, severity: "gap", message: "Nothing about the work is in writing.", action: "Write down now what was agreed, when and by whom, and gather any message, quote or invoice the client answered without objecting." };
    default:
      return { id, severity: "warning", message: "You haven't said whether the work was agreed in writing.", action: "Answer the question about the agreement." };
  }
}

function delivery(f: FootingDraft): FootingItem {
  const id = "delivery";
  switch (f.delivered) {
    case "yes":
      return { id, severity: "ok", message: "The work was delivered.", action: f.evidenceKept.includes("delivery") ? "" : "Keep the message or file transfer that shows when you delivered it." };
    case "partly":
      return { id, severity: "warning", message: "Only part of the work was delivered.", action: "Ask for payment of the part delivered only, and list what was delivered and when." };
    case "no":
      return { id, severity: "gap", message: "The work has not been delivered.", action: "Unless the invoice was for a deposit or an agreed stage, deliver the work (or the agreed stage) before asking for payment." };
    default:
      return { id, severity: "warning", message: "You haven't said whether the work was delivered.", action: "Answer the question about delivery." };
  }
}

function acceptance(f: FootingDraft): FootingItem {
  const id = "acceptance";
  switch (f.accepted) {
    case "in-writing":
      return f.evidenceKept.includes("acceptance")
        ? { id, severity: "ok", message: "The client accepted the work in writing.", action: "" }
        : { id, severity: "warning", message: "The client accepted the work in writing, but you haven't marked that message as kept.", action: "Save the e-mail or message where they approved the work." };
    case "by-use":
      return { id, severity: "warning", message: "The client uses the work but never approved it in writing.", action: "Gather proof of use (the site live, the files in use, dates) and ask them to confirm the work is accepted." };
    case "no":
      return { id, severity: "gap", message: "You have no written acceptance.", action: "Gather the e-mail where they approved the work; if there is none, ask them in writing to confirm it or to say what is missing." };
    case "disputed":
      return { id, severity: "gap", message: "Your client disputes that the work was accepted.", action: "Ask what exactly is wrong, in writing, and answer point by point against the agreed scope before chasing the payment." };
    default:
      return { id, severity: "warning", message: "You haven't said whether the client accepted the work.", action: "Answer the question about acceptance." };
  }
}

function evidence(f: FootingDraft): FootingItem {
  const id = "evidence";
  if (!f.evidenceKept.includes("invoice")) {
    return { id, severity: "warning", message: "You haven't marked a copy of the invoice as kept.", action: "Keep the invoice as sent, with the e-mail it was sent with." };
  }
  return { id, severity: "ok", message: `You keep ${f.evidenceKept.length === 1 ? "1 kind" : `${f.evidenceKept.length} kinds`} of evidence.`, action: "Add every reminder, call and reply to the evidence log as it happens." };
}

function contact(f: FootingDraft): FootingItem {
  const id = "contact";
  switch (f.contactSoFar) {
    case "none":
    case "":
      return { id, severity: "warning", message: "No reminders yet.", action: "Start with a friendly reminder: most late payments are an oversight." };
    case "reminded":
      return { id, severity: "ok", message: "You have reminded your client.", action: "Log the reminders you sent, with their dates." };
    case "talked":
      return { id, severity: "ok", message: "You have talked to your client about the invoice.", action: "Confirm in writing what was said, so there is a record of it." };
    case "promised":
      return { id, severity: "ok", message: "Your client promised to pay.", action: "Confirm the promise in writing with its date, and log it." };
    case "refused":
      return { id, severity: "gap", message: "Your client refused to pay.", action: "Ask for the reason in writing: a refusal with a reason is a dispute to answer; one without is a debt to chase formally." };
  }
}

/** The footing check, in the order the page shows it: agreement, delivery, acceptance, evidence, contact. */
export function footingCheck(footing: FootingDraft): FootingItem[] {
  return [agreement(footing), delivery(footing), acceptance(footing), evidence(footing), contact(footing)];
}

/**
 * What the messages and letters may state as fact. They never claim more than the user has:
 * "accepted the work" only with written acceptance, "delivered" only when all was delivered.
 */
export type FootingFacts = {
  agreedInWriting: boolean;
  delivered: boolean;
  acceptance: "in-writing" | "by-use" | null;
  disputed: boolean;
};

export function footingFacts(footing: FootingDraft): FootingFacts {
  return {
    agreedInWriting: footing.agreedInWriting === "yes",
    delivered: footing.delivered === "yes",
    acceptance: footing.accepted === "in-writing" || footing.accepted === "by-use" ? footing.accepted : null,
    disputed: footing.accepted === "disputed" || footing.contactSoFar === "refused",
  };
}

/**
 * The situation the footing answers point to when they disagree with the one chosen: a client who
 * says the work is wrong, or refuses to pay, is a dispute before it is a silent client. Null when
 * the choice fits.
 */
export function suggestedSituation(footing: FootingDraft, chosen: "silent" | "dispute" | "hardship"): "dispute" | null {
  return footingFacts(footing).disputed && chosen !== "dispute" ? "dispute" : null;
}
