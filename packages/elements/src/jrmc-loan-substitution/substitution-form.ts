import type { LoanDossier, LoanDossierCreateParams, PostalAddress, Recipient } from '@jrmc/core/contract';

/** What the substitution form holds while it is filled in (strings as typed). */
export interface SubstitutionForm {
  kind: 'person' | 'company';
  civility: 'M.' | 'Mme';
  firstName: string;
  lastName: string;
  companyName: string;
  siret: string;
  line1: string;
  postcode: string;
  city: string;
  bankId: string;
  bankAddress: PostalAddress | null;
  loans: string;
  oldInsurerId: string;
  oldContracts: string;
  newInsurerName: string;
  newContracts: string;
  effectiveDate: string;
  route: 'lre' | 'paper';
}

export const EMPTY_FORM: SubstitutionForm = {
  kind: 'person',
  civility: 'Mme',
  firstName: '',
  lastName: '',
  companyName: '',
  siret: '',
  line1: '',
  postcode: '',
  city: '',
  bankId: '',
  bankAddress: null,
  loans: '',
  oldInsurerId: '',
  oldContracts: '',
  newInsurerName: '',
  newContracts: '',
  effectiveDate: '',
  route: 'lre',
};

/** References typed as "A / B / C": trimmed, empty parts dropped. */
export function splitReferences(text: string): string[] {
  return text
    .split('/')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** The fields still missing before the dossier can be opened (form field names). */
export function missingFields(form: SubstitutionForm): (keyof SubstitutionForm)[] {
  const required: (keyof SubstitutionForm)[] =
    form.kind === 'person' ? ['firstName', 'lastName', 'line1', 'postcode', 'city'] : ['companyName', 'siret', 'line1', 'postcode', 'city'];
  required.push('bankId', 'loans', 'oldInsurerId', 'oldContracts', 'newInsurerName', 'newContracts', 'effectiveDate');
  return required.filter((field) => {
    const value = form[field];
    return typeof value !== 'string' || (field === 'loans' || field === 'oldContracts' || field === 'newContracts' ? splitReferences(value).length === 0 : value.trim() === '');
  });
}

/** The API's create parameters from a complete form. */
export function createParams(form: SubstitutionForm): LoanDossierCreateParams {
  const address = { line1: form.line1.trim(), postcode: form.postcode.trim(), city: form.city.trim() };
  return {
    subscriber:
      form.kind === 'person'
        ? { kind: 'person', civility: form.civility, firstName: form.firstName.trim(), lastName: form.lastName.trim(), address }
        : { kind: 'company', companyName: form.companyName.trim(), siret: form.siret.replace(/\s/g, ''), address },
    bankId: form.bankId,
    loanReferences: splitReferences(form.loans),
    oldInsurerId: form.oldInsurerId,
    oldContractReferences: splitReferences(form.oldContracts),
    newInsurerName: form.newInsurerName.trim(),
    newContractReferences: splitReferences(form.newContracts),
    effectiveDate: form.effectiveDate,
    route: form.route,
    ...(form.route === 'paper' && form.bankAddress ? { bankAddress: form.bankAddress } : {}),
  };
}

/** The form showing a saved dossier (resumed from `dossier-id`). */
export function formOf(dossier: LoanDossier): SubstitutionForm {
  const subscriber = dossier.subscriber;
  return {
    ...EMPTY_FORM,
    kind: subscriber.kind,
    ...(subscriber.kind === 'person'
      ? { civility: subscriber.civility, firstName: subscriber.firstName, lastName: subscriber.lastName }
      : { companyName: subscriber.companyName, siret: subscriber.siret }),
    line1: subscriber.address.line1,
    postcode: subscriber.address.postcode,
    city: subscriber.address.city,
    bankId: dossier.bankId,
    bankAddress: dossier.bankAddress,
    loans: dossier.loanReferences.join(' / '),
    oldInsurerId: dossier.oldInsurerId,
    oldContracts: dossier.oldContractReferences.join(' / '),
    newInsurerName: dossier.newInsurerName,
    newContracts: dossier.newContractReferences.join(' / '),
    effectiveDate: dossier.effectiveDate,
    route: dossier.route,
  };
}

/** A directory entry's display name. */
export const recipientName = (recipient: Recipient | undefined): string => recipient?.name ?? '';
