import type { Page } from 'playwright-core';

export class SignInPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/');
    await this.page.getByRole('heading', { level: 1 }).waitFor();
    return this;
  }

  async signUp(email: string, password: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New here? Create an account' }).click();
    await this.fill(email, password);
    await this.page.getByRole('button', { name: 'Create account' }).click();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.fill(email, password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  alert() {
    return this.page.getByRole('alert');
  }

  fieldError(id: 'email' | 'password') {
    return this.page.locator(`#${id}-error`);
  }

  private async fill(email: string, password: string): Promise<void> {
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
  }
}
