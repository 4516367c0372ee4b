import { describe, expect, it } from "vitest";
import { emailProblem } from "../../../src/domain/text/email-problem";

describe("emailProblem", () => {
  it.each(["name@example.com", "  name@example.com  ", "first.last+tag@sub.example.co.uk"])("accepts %j", (email) => {
    expect(emailProblem(email)).toBeNull();
  });

  it.each([
    ["", "Enter the e-mail address"],
    ["a@b.com\r\nBcc: x@y.z", "Enter the e-mail address on one line: line breaks and control characters are not allowed"],
    ["a@b.com\r", "Enter the e-mail address on one line: line breaks and control characters are not allowed"],
    ["a@b.com\u0000", "Enter the e-mail address on one line: line breaks and control characters are not allowed"],
    ["a@b.com?cc=x@y.z", "An e-mail address can't contain “?” or “&”"],
    ["a@b.com,x@y.z", "Enter one e-mail address only, without commas or semicolons"],
    ["a @b.com", "An e-mail address can't contain spaces"],
    ["a@b\u202e.com", "Enter an e-mail address in the correct format, like name@example.com"],
    ["zoë@example.com", "Enter an e-mail address in the correct format, like name@example.com"],
  ])("refuses %j", (email, message) => {
    expect(emailProblem(email)).toBe(message);
  });
});
