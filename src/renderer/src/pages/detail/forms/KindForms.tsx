import type { ReactNode } from 'react'
import {
  ActivityRole,
  DpaStatus,
  GdprSpecial,
  RecipientKind,
  SystemKind,
  TomStatus,
  type Regime,
  type RegistryKind
} from '../../../../../shared/model'
import { checkOptions, optionText, useCatalog } from '../../../components/form/catalog'
import { useCountryOptions } from '../../../components/form/countries'
import { ContactFields } from '../../../components/form/ContactFields'
import { EntityPicker } from '../../../components/form/EntityPicker'
import { FormCheckbox, FormCheckGroup, FormDate, FormSelect, FormStringList, FormText, FormTextArea } from '../../../components/form/fields'
import { useForm } from '../../../components/form/FormContext'
import { getIn } from '../../../components/form/paths'
import { Section } from '../../../components/form/Section'
import { hrefOf } from '../../../hooks/useRoute'
import { enumText } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nContext'
import { ControllersEditor, DpiaEditor, LegalBasesEditor, RetentionEditor, StatusWorkflow, TransfersEditor } from '../editors'

const enumOptions = (t: ReturnType<typeof useI18n>['t'], group: string, values: readonly string[]) =>
  values.map((v) => ({ value: v, label: enumText(t, group, v) }))

/** The regimes an activity is recorded under: its own selection, or all of the workspace's. */
function useEffectiveRegimes(): readonly Regime[] {
  const form = useForm()
  const own = (getIn(form.draft, 'regimes') as Regime[] | undefined) ?? []
  const effective = own.filter((r) => form.regimes.includes(r))
  return effective.length > 0 ? effective : form.regimes
}

function NameAndDescription(): ReactNode {
  const { t } = useI18n()
  return (
    <>
      <FormText path="name" required hint={t('form.required')} className="field-wide" />
      <FormTextArea path="description" rows={3} />
    </>
  )
}

function StatusSection({ approval }: { approval: boolean }): ReactNode {
  const { t } = useI18n()
  return (
    <Section title={t('section.status')}>
      <StatusWorkflow approval={approval} />
      <div className="grid-2">
        <FormDate path="reviewDate" />
        <FormText path="owner" />
      </div>
      <FormTextArea path="notes" rows={3} />
    </Section>
  )
}

/** A processing activity in the controller's record, sections following GDPR Art. 30(1) a–g and DSG Art. 12 Abs. 2. */
export function ActivityForm(): ReactNode {
  const { t } = useI18n()
  const form = useForm()
  const regimes = useEffectiveRegimes()
  const role = getIn(form.draft, 'role')
  const joint = getIn(form.draft, 'jointControllers')
  return (
    <>
      <Section title={t('section.general')}>
        <NameAndDescription />
        {form.regimes.length > 1 ? (
          <FormCheckGroup
            path="regimes"
            options={form.regimes.map((r) => ({ value: r, label: t(`regime.${r}`) }))}
            hint={t('form.regimesHint')}
            className="inline-checks"
          />
        ) : null}
      </Section>
      <Section
        title={t('section.controller')}
        refs={['ref.gdpr.30_1_a', 'ref.dsg.12_2_a']}
        intro={
          <p className="muted">
            {t('form.controllerHint')} <a href={hrefOf('organisation')}>{t('form.toOrganisation')}</a>
          </p>
        }
      >
        <FormSelect path="role" options={enumOptions(t, 'activityRole', ActivityRole.options)} />
        {role === 'joint_controller' || joint ? <FormTextArea path="jointControllers" rows={2} /> : null}
      </Section>
      <Section title={t('section.purposes')} refs={['ref.gdpr.30_1_b', 'ref.dsg.12_2_b']}>
        <FormStringList path="purposes" listKey="purposes" />
      </Section>
      <Section title={t('section.legalBases')} refs={['ref.gdpr.legalBases', 'ref.dsg.legalBases']}>
        <LegalBasesEditor regimes={regimes} />
        <FormTextArea path="legalBasisNotes" rows={2} />
      </Section>
      <Section title={t('section.subjectsCategories')} refs={['ref.gdpr.30_1_c', 'ref.dsg.12_2_c']}>
        <div className="grid-2">
          <EntityPicker path="dataSubjectIds" target="dataSubjects" />
          <EntityPicker path="dataCategoryIds" target="dataCategories" />
        </div>
      </Section>
      <Section title={t('section.recipients')} refs={['ref.gdpr.30_1_d', 'ref.dsg.12_2_d']}>
        <EntityPicker path="recipientIds" target="recipients" />
      </Section>
      <Section title={t('section.transfers')} refs={['ref.gdpr.30_1_e', 'ref.dsg.12_2_g']}>
        <TransfersEditor regimes={regimes} />
      </Section>
      <Section title={t('section.retention')} refs={['ref.gdpr.30_1_f', 'ref.dsg.12_2_e']}>
        <RetentionEditor />
      </Section>
      <Section title={t('section.security')} refs={['ref.gdpr.30_1_g', 'ref.dsg.12_2_f']}>
        <FormTextArea path="tomSummary" rows={3} />
        <EntityPicker path="tomIds" target="toms" />
      </Section>
      <Section title={t('section.systems')}>
        <EntityPicker path="systemIds" target="systems" />
      </Section>
      <Section title={t('section.dpia')} refs={['ref.gdpr.dpia', 'ref.dsg.dpia']}>
        <DpiaEditor />
      </Section>
      <StatusSection approval />
    </>
  )
}

/** A processing activity in the processor's record: GDPR Art. 30(2) a–d, DSG Art. 12 Abs. 3. */
export function ProcessorActivityForm(): ReactNode {
  const { t } = useI18n()
  const form = useForm()
  return (
    <>
      <Section title={t('section.general')}>
        <NameAndDescription />
      </Section>
      <Section title={t('section.controllers')} refs={['ref.gdpr.30_2_a', 'ref.dsg.12_3']}>
        <ControllersEditor />
      </Section>
      <Section title={t('section.processingCategories')} refs={['ref.gdpr.30_2_b', 'ref.dsg.12_3']}>
        <FormStringList path="processingCategories" listKey="processingCategories" />
      </Section>
      <Section title={t('section.subProcessors')} refs={['ref.gdpr.28_4', 'ref.dsg.9']}>
        <EntityPicker path="subProcessorIds" target="recipients" />
      </Section>
      <Section title={t('section.transfers')} refs={['ref.gdpr.30_2_c', 'ref.dsg.12_3']}>
        <TransfersEditor regimes={form.regimes} />
      </Section>
      <Section title={t('section.security')} refs={['ref.gdpr.30_2_d', 'ref.dsg.12_3']}>
        <FormTextArea path="tomSummary" rows={3} />
        <EntityPicker path="tomIds" target="toms" />
      </Section>
      <Section title={t('section.systems')}>
        <EntityPicker path="systemIds" target="systems" />
      </Section>
      <StatusSection approval={false} />
    </>
  )
}

function NotesSection({ owner = true }: { owner?: boolean }): ReactNode {
  const { t } = useI18n()
  return (
    <Section title={t('section.notes')}>
      {owner ? <FormText path="owner" /> : null}
      <FormTextArea path="notes" rows={3} />
    </Section>
  )
}

export function DataCategoryForm(): ReactNode {
  const { t, locale } = useI18n()
  const form = useForm()
  const catalog = useCatalog()
  const clauses = catalog.specialCategories.filter((o) => /^dsg-5-c-\d$/.test(String(o.value)))
  return (
    <>
      <Section title={t('section.general')} refs={['ref.gdpr.30_1_c', 'ref.dsg.12_2_c']}>
        <NameAndDescription />
      </Section>
      <Section title={t('section.classification')} refs={['ref.gdpr.9_10', 'ref.dsg.5c']}>
        <div className="grid-2">
          {form.regimes.includes('gdpr') ? (
            <FormSelect path="gdprSpecial" options={GdprSpecial.options.map((v) => ({ value: v, label: t(`option.gdprSpecial.${v}`) }))} />
          ) : null}
          {form.regimes.includes('revdsg') ? (
            <FormSelect
              path="dsgSensitiveClause"
              empty={t('option.dsgClause.none')}
              options={clauses.map((o) => {
                const clause = Number(String(o.value).slice(-1))
                return { value: clause, label: t('option.dsgClause', { clause, label: optionText(locale, o) }) }
              })}
            />
          ) : null}
        </div>
      </Section>
      <NotesSection />
    </>
  )
}

export function DataSubjectForm(): ReactNode {
  const { t } = useI18n()
  return (
    <>
      <Section title={t('section.general')} refs={['ref.gdpr.30_1_c', 'ref.dsg.12_2_c']}>
        <NameAndDescription />
        <FormCheckbox path="vulnerable" />
      </Section>
      <NotesSection owner={false} />
    </>
  )
}

export function RecipientForm(): ReactNode {
  const { t, locale } = useI18n()
  const form = useForm()
  const countries = useCountryOptions(locale)
  const country = getIn(form.draft, 'country')
  return (
    <>
      <Section title={t('section.general')} refs={['ref.gdpr.30_1_d', 'ref.dsg.12_2_d']}>
        <NameAndDescription />
        <div className="grid-2">
          <FormSelect path="kind" options={enumOptions(t, 'recipientKind', RecipientKind.options)} />
          <FormSelect path="country" options={countries} empty={t('form.none')} />
        </div>
      </Section>
      <Section title={t('section.contact')}>
        <ContactFields path="contact" />
      </Section>
      <Section title={t('section.agreement')} refs={['ref.gdpr.28', 'ref.dsg.9']}>
        <div className="grid-2">
          <FormSelect path="dpaStatus" options={enumOptions(t, 'dpaStatus', DpaStatus.options)} />
          <FormDate path="dpaDate" />
        </div>
      </Section>
      {country === 'US' ? (
        <Section title={t('section.transferStatus')} refs={['ref.gdpr.44', 'ref.dsg.16']}>
          <fieldset className="field check-group" aria-describedby="dpf-hint">
            <legend>{t('recipients.dpf')}</legend>
            <p id="dpf-hint" className="field-hint">
              {t('recipients.dpfHint')}
            </p>
            {form.regimes.includes('gdpr') ? <FormCheckbox path="dpfCertifiedEu" /> : null}
            {form.regimes.includes('revdsg') ? <FormCheckbox path="dpfCertifiedCh" /> : null}
          </fieldset>
        </Section>
      ) : null}
      <NotesSection />
    </>
  )
}

export function SystemForm(): ReactNode {
  const { t, locale } = useI18n()
  const countries = useCountryOptions(locale)
  return (
    <>
      <Section title={t('section.general')}>
        <NameAndDescription />
        <FormSelect path="kind" options={enumOptions(t, 'systemKind', SystemKind.options)} />
      </Section>
      <Section title={t('section.hosting')}>
        <EntityPicker path="vendorId" target="recipients" single />
        <div className="grid-2">
          <FormSelect path="hostingCountry" options={countries} empty={t('form.none')} />
          <FormText path="hostingLocation" />
        </div>
      </Section>
      <Section title={t('section.security')} refs={['ref.gdpr.32', 'ref.dsg.8']}>
        <EntityPicker path="tomIds" target="toms" />
      </Section>
      <NotesSection />
    </>
  )
}

export function TomForm(): ReactNode {
  const { t, locale } = useI18n()
  const catalog = useCatalog()
  const dsv = catalog.dsvControls
  return (
    <>
      <Section title={t('section.general')} refs={['ref.gdpr.32', 'ref.dsg.8']}>
        <NameAndDescription />
      </Section>
      <Section title={t('section.mapping')}>
        <div className="grid-2">
          {catalog.controlAreas.length > 0 ? <FormCheckGroup path="controlAreas" options={checkOptions(locale, catalog.controlAreas, false)} /> : null}
          {catalog.sdmGoals.length > 0 ? <FormCheckGroup path="sdmGoals" options={checkOptions(locale, catalog.sdmGoals, false)} /> : null}
          {catalog.art32.length > 0 ? <FormCheckGroup path="art32" options={checkOptions(locale, catalog.art32).map((o) => ({ ...o, label: `${o.value}) ${o.label}`, ref: undefined }))} /> : null}
          {dsv.length > 0 ? <FormCheckGroup path="dsvControls" options={checkOptions(locale, dsv)} /> : null}
        </div>
      </Section>
      <Section title={t('section.implementation')}>
        <div className="grid-2">
          <FormSelect path="status" options={enumOptions(t, 'tomStatus', TomStatus.options)} />
          <FormDate path="reviewDate" />
        </div>
        <FormTextArea path="evidence" rows={3} />
      </Section>
      <NotesSection />
    </>
  )
}

export const formOf: Record<RegistryKind, () => ReactNode> = {
  activities: ActivityForm,
  processorActivities: ProcessorActivityForm,
  dataCategories: DataCategoryForm,
  dataSubjects: DataSubjectForm,
  recipients: RecipientForm,
  systems: SystemForm,
  toms: TomForm
}
