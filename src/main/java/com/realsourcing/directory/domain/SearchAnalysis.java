package com.realsourcing.directory.domain;

import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analysers of the directory index. {@code chinese}: Lucene smartcn's HMM word segmentation (东莞市华强纺织有限公司
 * → 东莞市 / 华强 / 纺织 / 有限公司), so a two-character word such as 纺织 or 保温杯's 保温 matches; Latin text in
 * the same field is lower-cased. {@code english}: standard tokens, folded and stemmed (for imported English names).
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("chinese")
                .custom()
                .tokenizer(HMMChineseTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(StopFilterFactory.class);
        context.analyzer("english")
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);
        context.normalizer("lowercase").custom().tokenFilter(LowerCaseFilterFactory.class);
    }
}
