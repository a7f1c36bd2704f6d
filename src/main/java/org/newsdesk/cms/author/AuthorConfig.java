package org.newsdesk.cms.author;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How bylines become authors. */
@ConfigMapping(prefix = "cms.authors")
public interface AuthorConfig {

    /** Byline names (any case) that are news agencies, stored with kind AGENCY. */
    @WithDefault("AFP,Agence France-Presse,Reuters,AP,Associated Press,Bloomberg,dpa,EFE,ANSA,Xinhua,TASS,"
            + "Interfax,RIA Novosti,Kyodo,Kyodo News,Yonhap,UPI,Anadolu,Anadolu Agency,PA Media,Press Association,"
            + "AAP,Ukrinform,PAP,CTK,APA,Belga,Jiji Press,Bernama,Antara,PTI,IANS,ANI")
    List<String> agencies();
}
